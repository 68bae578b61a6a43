package org.parceldesk.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tasks created before per-task history permissions were switched on have no HISTORIC_TASK grants:
 * at startup, give each open task's candidates, assignee and owner READ on its history, as the
 * engine does for every new task. Idempotent; runs on every node.
 */
@Component
class TaskHistoryGrants {

    private static final int PAGE = 500;

    private final TaskService tasks;
    private final AuthorizationService authorizations;

    TaskHistoryGrants(TaskService tasks, AuthorizationService authorizations) {
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    @EventListener(ApplicationReadyEvent.class)
    void grantHistoryOfOpenTasks() {
        for (int first = 0; ; first += PAGE) {
            var page = tasks.createTaskQuery().orderByTaskId().asc().listPage(first, PAGE);
            page.forEach(this::grant);
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private void grant(Task task) {
        Set<String> users = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            users.add(task.getAssignee());
        }
        if (task.getOwner() != null) {
            users.add(task.getOwner());
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (link.getUserId() != null) {
                    users.add(link.getUserId());
                }
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                }
            }
        }
        users.forEach(user -> ensureRead(task.getId(), user, null));
        groups.forEach(group -> ensureRead(task.getId(), null, group));
    }

    private void ensureRead(String taskId, String userId, String groupId) {
        var query = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .resourceType(Resources.HISTORIC_TASK).resourceId(taskId);
        if ((userId != null ? query.userIdIn(userId) : query.groupIdIn(groupId)).count() > 0) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        grant.setResource(Resources.HISTORIC_TASK);
        grant.setResourceId(taskId);
        grant.setUserId(userId);
        grant.setGroupId(groupId);
        grant.addPermission(HistoricTaskPermissions.READ);
        authorizations.saveAuthorization(grant);
    }
}
