package org.parceldesk.workflow;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The engine side of a task listener, the same in the three case processes: its input as a
 * {@link TaskInput}, who is acting, and forgetting free text that the case keeps (a statement may
 * name people; the process keeps decisions only).
 */
public final class EngineTasks {

    private EngineTasks() {
    }

    /** What the user submitted with {@code task}, checked against the fields {@code process} declares for it. */
    public static TaskInput input(DelegateTask task, DeclaredTaskFields process) {
        return TaskInput.of(process, task.getTaskDefinitionKey(), task::getVariable);
    }

    /** The values a service task reads from its process (BPMN input parameters). */
    public static TaskInput processValues(VariableScope scope) {
        return TaskInput.ofProcess(scope::getVariable);
    }

    /**
     * Who completes or changes the task: the user the engine call runs as (Tasklist, engine REST),
     * else the assignee (Java API calls after a claim); null when neither is known.
     */
    public static String actingUser(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee();
    }

    /** The groups of {@link #actingUser}: the engine call's authentication, else the assignee's memberships. */
    public static Set<String> actingUserGroups(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null && authentication.getGroupIds() != null) {
            return Set.copyOf(authentication.getGroupIds());
        }
        String user = actingUser(task);
        if (user == null) {
            return Set.of();
        }
        return Set.copyOf(task.getProcessEngineServices().getIdentityService().createGroupQuery().groupMember(user).list()
                .stream().map(Group::getId).toList());
    }

    /** Removes free-text fields from the process once the case has them. */
    public static void forget(DelegateTask task, String... fields) {
        for (String field : fields) {
            if (task.hasVariable(field)) {
                task.removeVariable(field);
            }
        }
    }
}
