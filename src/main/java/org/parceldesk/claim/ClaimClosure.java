package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
        ClaimStatus outcome = ClaimStatus.valueOf(EngineValues.requiredText(execution, "outcome"));
        String reason = switch (outcome) {
            case SETTLED -> EngineValues.flag(execution, "paid") ? "PAID" : "NO_PAYOUT";
            case UNRESOLVED -> EngineValues.flag(execution, ClaimOfferUnanswered.OFFER_UNANSWERED)
                    ? "OFFER_UNANSWERED" : "UNRESOLVED";
            default -> outcome.name();
        };
        steps.finish(EngineValues.caseNo(execution), outcome, reason);
        execution.setVariable("claimOutcome", outcome.name());
    }
}
