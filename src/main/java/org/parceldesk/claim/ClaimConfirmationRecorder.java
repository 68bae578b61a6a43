package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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
            task.getExecution().removeVariable("customerDecision");
            task.getExecution().removeVariable("confirmationChannel");
            task.getExecution().removeVariable(ClaimOfferUnanswered.OFFER_UNANSWERED);
            return;
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        String caseNo = EngineValues.caseNo(task);
        CustomerDecision decision = EngineValues.choice(task, "customerDecision", CustomerDecision.class);
        String channelText = EngineValues.text(task, "confirmationChannel");
        ConfirmationChannel channel = channelText == null ? ConfirmationChannel.PHONE : ConfirmationChannel.valueOf(channelText);
        if (decision == CustomerDecision.ACCEPT) {
            steps.accept(caseNo);
            return;
        }
        String reason = EngineValues.text(task, "disputeReason");
        int round = steps.dispute(caseNo, channel, reason,
                channel == ConfirmationChannel.PHONE ? EngineValues.actingUser(task) : null);
        task.removeVariable("disputeReason");
        task.setVariable("disputeRound", round);
        task.setVariable("disputeToSupervisor", steps.disputeGoesToSupervisor(round));
    }
}
