package org.parceldesk.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A process's supervisors (parceldesk.tasklist.supervisors) see its tasks and may reassign them and
 * change their candidates: READ_TASK and TASK_ASSIGN on that process key only. Without these the
 * engine itself would refuse the changes {@link TaskAccessGuard} reserves for them. Idempotent.
 */
@Component
class SupervisorTaskGrants {

    private static final Permission[] PERMISSIONS = {ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_ASSIGN};

    private final AuthorizationService authorizations;
    private final TaskAccessProperties properties;

    SupervisorTaskGrants(AuthorizationService authorizations, TaskAccessProperties properties) {
        this.authorizations = authorizations;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void grantTaskAssignmentToSupervisors() {
        for (Map.Entry<String, List<String>> process : properties.supervisors().entrySet()) {
            for (String group : process.getValue()) {
                grant(group, process.getKey());
            }
        }
    }

    private void grant(String group, String processKey) {
        Authorization existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION).resourceId(processKey).singleResult();
        Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(group);
            authorization.setResource(Resources.PROCESS_DEFINITION);
            authorization.setResourceId(processKey);
        }
        boolean changed = existing == null;
        for (Permission permission : PERMISSIONS) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }
}
