package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.parceldesk.workflow.CaseKeys;
import org.springframework.stereotype.Component;

/**
 * Moves the claim to the status of the step the process enters. The model calls it as
 * {@code ${claimStatus.enter(execution, 'ASSESSING')}}: the claim is the process's business key.
 */
@Component("claimStatus")
public class ClaimStatusListener {

    private final ClaimSteps steps;

    ClaimStatusListener(ClaimSteps steps) {
        this.steps = steps;
    }

    public void enter(DelegateExecution execution, String status) {
        steps.enter(CaseKeys.caseNo(execution), status);
    }
}
