package org.parceldesk.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permission;

/**
 * Standing grants on process keys that another feature needs for ParcelDesk's groups (e.g. the
 * supervisors' right to reassign their process's tasks). {@link StaffAccessSetup} owns every grant of
 * its groups and deletes those it does not know, so such grants are declared here, not written apart.
 */
public interface ProcessGrants {

    /** Group id → process key → permissions on that process definition key. */
    Map<String, Map<String, List<Permission>>> grants();
}
