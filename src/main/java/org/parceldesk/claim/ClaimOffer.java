package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.parceldesk.workflow.CaseKeys;
import org.springframework.stereotype.Component;

/** Sends the approved offer to the customer. */
@Component("claimOffer")
class ClaimOffer implements JavaDelegate {

    private final ClaimSteps steps;

    ClaimOffer(ClaimSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.offer(CaseKeys.caseNo(execution));
    }
}
