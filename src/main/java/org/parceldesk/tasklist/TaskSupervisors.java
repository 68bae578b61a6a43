package org.parceldesk.tasklist;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Whom {@link TaskAccessGuard} lets reassign a process's tasks (parceldesk.tasklist.supervisors and
 * admin-groups), for pages that show a supervisor their team's tasks: the same rule, one place.
 */
@Component
public class TaskSupervisors {

    private final TaskAccessProperties properties;

    TaskSupervisors(TaskAccessProperties properties) {
        this.properties = properties;
    }

    /** Process keys whose tasks the holder of these groups supervises. */
    public Set<String> processesSupervisedBy(Collection<String> groups) {
        Set<String> keys = new LinkedHashSet<>();
        properties.supervisors().forEach((key, supervisors) -> {
            if (supervisors.stream().anyMatch(groups::contains)) {
                keys.add(key);
            }
        });
        return keys;
    }

    /** Administrators may change every task of every process. */
    public boolean isAdmin(Collection<String> groups) {
        return properties.adminGroups().stream().anyMatch(groups::contains);
    }
}
