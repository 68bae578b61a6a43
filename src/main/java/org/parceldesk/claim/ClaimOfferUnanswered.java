package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.parceldesk.workflow.CaseKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The offer expired without an answer: sets {@code offerUnanswered} so that the claims supervisor's
 * review (and a closure from it) knows why the case is there. Cleared when the next offer waits
 * for the customer.
 */
@Component("claimOfferUnanswered")
class ClaimOfferUnanswered implements JavaDelegate {


    private static final Logger log = LoggerFactory.getLogger(ClaimOfferUnanswered.class);

    @Override
    public void execute(DelegateExecution execution) {
        log.info("Claim {}: the offer was not answered in time, the claims supervisor decides", CaseKeys.caseNo(execution));
        execution.setVariable(ClaimProcess.OFFER_UNANSWERED, true);
    }
}
