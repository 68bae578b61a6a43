package org.parceldesk.claim;

import org.parceldesk.common.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The approval tasks' record keeper. create: the claim waits for approval at the level it holds
 * (see {@link ClaimApprovalRouting}), and a decision left from an earlier round is cleared so that nobody approves by
 * a pre-filled form. complete: the decision joins the approval history (four-eyes, group
 * membership and two distinct signers checked by the claim).
 */
@Component("claimApprovalRecorder")
class ClaimApprovalRecorder implements TaskListener {

    static final String SUPERVISOR_TASK = "Task_ApprovePayout";

    private final ClaimSteps steps;

    private final Messages messages;

    ClaimApprovalRecorder(ClaimSteps steps, Messages messages) {
        this.messages = messages;
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNo = EngineValues.caseNo(task);
        ApprovalStep step = SUPERVISOR_TASK.equals(task.getTaskDefinitionKey()) ? ApprovalStep.SUPERVISOR : ApprovalStep.MANAGER;
        String prefix = step == ApprovalStep.SUPERVISOR ? "supervisor" : "manager";
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.getExecution().removeVariable(prefix + "Decision");
            task.getExecution().removeVariable(prefix + "Note");
            steps.awaitApproval(caseNo);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            ApprovalDecision decision = EngineValues.choice(task, prefix + "Decision", ApprovalDecision.class);
            String note = EngineValues.text(task, prefix + "Note");
            if (decision == ApprovalDecision.RETURN && note == null) {
                throw new InvalidPayoutInputException(prefix + "Note", messages.get("claim.approval.return-needs-reason"));
            }
            steps.recordApproval(caseNo, step, decision, EngineValues.actingUser(task), EngineValues.actingUserGroups(task),
                    note);
        }
    }
}
