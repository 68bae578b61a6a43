package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.parceldesk.common.StepRefused;
import org.parceldesk.workflow.CaseKeys;
import org.parceldesk.workflow.EngineTasks;
import org.parceldesk.workflow.TaskInput;
import org.springframework.stereotype.Component;

/**
 * The approval tasks' record keeper. create: the claim waits for approval at the level it holds
 * (see {@link ClaimApprovalRouting}), and a decision left from an earlier round is cleared so that nobody approves by
 * a pre-filled form. complete: the decision joins the approval history (four-eyes, group
 * membership and two distinct signers checked by the claim).
 */
@Component("claimApprovalRecorder")
class ClaimApprovalRecorder implements TaskListener {


    private final ClaimSteps steps;

    ClaimApprovalRecorder(ClaimSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNo = CaseKeys.caseNo(task);
        boolean supervisor = ClaimProcess.TASK_APPROVE_PAYOUT.equals(task.getTaskDefinitionKey());
        ApprovalStep step = supervisor ? ApprovalStep.SUPERVISOR : ApprovalStep.MANAGER;
        String decisionField = supervisor ? ClaimProcess.SUPERVISOR_DECISION : ClaimProcess.MANAGER_DECISION;
        String noteField = supervisor ? ClaimProcess.SUPERVISOR_NOTE : ClaimProcess.MANAGER_NOTE;
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.getExecution().removeVariable(decisionField);
            task.getExecution().removeVariable(noteField);
            steps.awaitApproval(caseNo);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            TaskInput input = EngineTasks.input(task, ClaimProcess.TASK_FIELDS);
            ApprovalDecision decision = input.requiredChoice(decisionField, ApprovalDecision.class);
            String note = input.text(noteField);
            if (decision == ApprovalDecision.RETURN && note == null) {
                throw StepRefused.badInput(noteField, "claim.refused.return-needs-reason");
            }
            steps.recordApproval(caseNo, step, decision, EngineTasks.actingUser(task), EngineTasks.actingUserGroups(task),
                    note);
        }
    }
}
