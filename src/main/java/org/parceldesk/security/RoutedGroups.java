package org.parceldesk.security;

import java.util.Collection;
import java.util.Map;

/**
 * A feature's configuration that routes work or messages to Camunda groups. {@link RoutingGroupsCheck}
 * refuses to start the application while any of them does not exist, since a task or message for a
 * group nobody is in reaches nobody.
 */
public interface RoutedGroups {

    /** Configuration key (e.g. {@code parceldesk.sla.definitions.x.notify-breach}) → the group ids it names. */
    Map<String, Collection<String>> routedGroups();
}
