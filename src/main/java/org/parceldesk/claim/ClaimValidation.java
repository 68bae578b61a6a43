package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.parceldesk.workflow.CaseKeys;
import org.springframework.stereotype.Component;

/** Validates a registered claim: within the claim window → {@code claimWindowOpen}. */
@Component("claimValidation")
class ClaimValidation implements JavaDelegate {

    private final ClaimSteps steps;

    ClaimValidation(ClaimSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ClaimProcess.CLAIM_WINDOW_OPEN, steps.withinClaimWindow(CaseKeys.caseNo(execution)));
    }
}
