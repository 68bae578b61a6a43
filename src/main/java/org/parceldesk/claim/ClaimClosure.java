package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.parceldesk.workflow.CaseKeys;
import org.parceldesk.workflow.EngineTasks;
import org.parceldesk.workflow.TaskInput;
import org.springframework.stereotype.Component;

/**
 * Ends the claim with input parameter {@code outcome} (SETTLED, TIME_BARRED, ABANDONED,
 * UNRESOLVED), tells the customer, and sets {@code claimOutcome}.
 */
@Component("claimClosure")
class ClaimClosure implements JavaDelegate {

    private final ClaimSteps steps;

    ClaimClosure(ClaimSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TaskInput values = EngineTasks.processValues(execution);
        ClaimStatus outcome = ClaimStatus.valueOf(values.requiredText(ClaimProcess.OUTCOME));
        String reason = switch (outcome) {
            case SETTLED -> values.flag(ClaimProcess.PAID) ? ClaimProcess.CLOSED_PAID : ClaimProcess.CLOSED_NO_PAYOUT;
            case UNRESOLVED -> values.flag(ClaimProcess.OFFER_UNANSWERED)
                    ? ClaimProcess.CLOSED_OFFER_UNANSWERED : outcome.name();
            default -> outcome.name();
        };
        steps.finish(CaseKeys.caseNo(execution), outcome, reason);
        execution.setVariable(ClaimProcess.CLAIM_OUTCOME, outcome.name());
    }
}
