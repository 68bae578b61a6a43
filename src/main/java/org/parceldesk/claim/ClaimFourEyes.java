package org.parceldesk.claim;

import org.parceldesk.common.Messages;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Four-eyes on the approval tasks, in the engine itself:
 * <ul>
 *   <li>create: every assessor of the claim gets a task-level REVOKE authorization, so that the
 *       task is neither visible nor workable for them even though their groups are candidates;</li>
 *   <li>assignment: assigning the task to an assessor is refused;</li>
 *   <li>complete: completing it as an assessor (or as nobody) is refused.</li>
 * </ul>
 */
@Component("claimFourEyes")
class ClaimFourEyes implements TaskListener {

    private final ClaimSteps steps;

    private final Messages messages;

    ClaimFourEyes(ClaimSteps steps, Messages messages) {
        this.messages = messages;
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNo = EngineValues.caseNo(task);
        Claim claim = steps.claim(caseNo);
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> revokeForAssessors(task, claim.assessors());
            case EVENTNAME_ASSIGNMENT -> {
                if (task.getAssignee() != null) {
                    FourEyes.requireNotAssessor(claim, task.getAssignee(), messages);
                }
            }
            case EVENTNAME_COMPLETE -> {
                FourEyes.requireNotAssessor(claim, EngineValues.actingUser(task), messages);
                if (task.getAssignee() != null) {
                    FourEyes.requireNotAssessor(claim, task.getAssignee(), messages);
                }
            }
            default -> {
            }
        }
    }

    private static void revokeForAssessors(DelegateTask task, Set<String> assessors) {
        AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
        // the user whose completion created this task may not create authorizations themselves
        Context.getCommandContext().runWithoutAuthorization(() -> {
            for (String assessor : assessors) {
                Authorization revoke = authorizations.createNewAuthorization(AUTH_TYPE_REVOKE);
                revoke.setUserId(assessor);
                revoke.setResource(Resources.TASK);
                revoke.setResourceId(task.getId());
                revoke.removePermission(Permissions.ALL);
                authorizations.saveAuthorization(revoke);
            }
            return null;
        });
    }
}
