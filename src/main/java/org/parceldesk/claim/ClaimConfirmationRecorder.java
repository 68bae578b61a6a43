package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.parceldesk.workflow.CaseKeys;
import org.parceldesk.workflow.EngineTasks;
import org.parceldesk.workflow.TaskInput;
import org.springframework.stereotype.Component;

/**
 * {@code Customer confirmation}: create clears the previous round's answer; complete records the
 * acceptance or the dispute round (the reason goes to the claim and is removed from the variables)
 * and sets {@code disputeToSupervisor} once the rounds are used up.
 */
@Component("claimConfirmationRecorder")
class ClaimConfirmationRecorder implements TaskListener {

    private final ClaimSteps steps;

    ClaimConfirmationRecorder(ClaimSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.getExecution().removeVariable(ClaimProcess.CUSTOMER_DECISION);
            task.getExecution().removeVariable(ClaimProcess.CONFIRMATION_CHANNEL);
            task.getExecution().removeVariable(ClaimProcess.OFFER_UNANSWERED);
            return;
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        String caseNo = CaseKeys.caseNo(task);
        TaskInput input = EngineTasks.input(task, ClaimProcess.TASK_FIELDS);
        CustomerDecision decision = input.requiredChoice(ClaimProcess.CUSTOMER_DECISION, CustomerDecision.class);
        String channelText = input.processValue(ClaimProcess.CONFIRMATION_CHANNEL);
        ConfirmationChannel channel = channelText == null ? ConfirmationChannel.PHONE : ConfirmationChannel.valueOf(channelText);
        if (decision == CustomerDecision.ACCEPT) {
            steps.accept(caseNo);
            return;
        }
        String reason = input.text(ClaimProcess.DISPUTE_REASON);
        int round = steps.dispute(caseNo, channel, reason,
                channel == ConfirmationChannel.PHONE ? EngineTasks.actingUser(task) : null);
        task.removeVariable(ClaimProcess.DISPUTE_REASON);
        task.setVariable(ClaimProcess.DISPUTE_ROUND, round);
        task.setVariable(ClaimProcess.DISPUTE_TO_SUPERVISOR, steps.disputeGoesToSupervisor(round));
    }
}
