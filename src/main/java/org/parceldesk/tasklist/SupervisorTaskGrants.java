package org.parceldesk.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.parceldesk.security.ProcessGrants;
import org.springframework.stereotype.Component;

/**
 * A process's supervisors (parceldesk.tasklist.supervisors) may reassign its tasks and change their
 * candidates: TASK_ASSIGN on that process key only. Not READ_TASK: a supervisor's task list stays the
 * tasks offered to them (escalations, approvals), not every task of every station. Without these the
 * engine itself would refuse the changes {@link TaskAccessGuard} reserves for them. StaffAccessSetup
 * writes them with the other standing grants.
 */
@Component
class SupervisorTaskGrants implements ProcessGrants {

    private static final List<Permission> PERMISSIONS =
            List.of(ProcessDefinitionPermissions.TASK_ASSIGN);

    private final TaskAccessProperties properties;

    SupervisorTaskGrants(TaskAccessProperties properties) {
        this.properties = properties;
    }

    @Override
    public Map<String, Map<String, List<Permission>>> grants() {
        Map<String, Map<String, List<Permission>>> grants = new LinkedHashMap<>();
        properties.supervisors().forEach((processKey, groups) -> groups.forEach(group ->
                grants.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(processKey, PERMISSIONS)));
        return grants;
    }
}
