package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.parceldesk.workflow.CaseKeys;

/**
 * Moves the claim to the status of the step the process enters. The model calls it as
 * {@code ${claimStatusListener.enter(execution, 'ASSESSING')}}: the claim is the process's business key.
 * The bean is also named {@code claimStatus}, its name before it was named after its class, because
 * deployed versions of the model keep calling it by that name ({@link ClaimConfiguration}).
 */
public class ClaimStatusListener {

    private final ClaimSteps steps;

    ClaimStatusListener(ClaimSteps steps) {
        this.steps = steps;
    }

    public void enter(DelegateExecution execution, String status) {
        steps.enter(CaseKeys.caseNo(execution), status);
    }
}
