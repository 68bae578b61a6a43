package org.parceldesk.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Which users and groups exist, for code that routes work to them (imports, configuration checks).
 * A group exists when Camunda's identity service has it or it is one of ParcelDesk's own
 * {@link StaffGroup}s, which {@link StaffAccessSetup} creates at every start.
 */
@Component
public class StaffDirectory {

    private static final Set<String> STANDARD_GROUPS =
            Arrays.stream(StaffGroup.values()).map(StaffGroup::id).collect(Collectors.toUnmodifiableSet());

    private final IdentityService identity;

    StaffDirectory(IdentityService identity) {
        this.identity = identity;
    }

    public boolean userExists(String userId) {
        return userId != null && identity.createUserQuery().userId(userId).count() > 0;
    }

    public boolean groupExists(String groupId) {
        return groupId != null
                && (STANDARD_GROUPS.contains(groupId) || identity.createGroupQuery().groupId(groupId).count() > 0);
    }
}
