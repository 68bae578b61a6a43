package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.parceldesk.workflow.CaseKeys;
import org.springframework.stereotype.Component;

/** The customer has not answered the offer for a while: remind them (mail {@code claim-offer-reminder}). */
@Component("claimOfferReminder")
class ClaimOfferReminder implements JavaDelegate {

    private final ClaimSteps steps;

    ClaimOfferReminder(ClaimSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.remindOfOffer(CaseKeys.caseNo(execution));
    }
}
