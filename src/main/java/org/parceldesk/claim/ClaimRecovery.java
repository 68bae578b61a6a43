package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.parceldesk.workflow.CaseKeys;
import org.springframework.stereotype.Component;

/** Chargeback and linked violation ({@link ClaimRecoveries}); sets {@code insuranceRecovery}. */
@Component("claimRecovery")
class ClaimRecovery implements JavaDelegate {

    private final ClaimRecoveries recoveries;

    ClaimRecovery(ClaimRecoveries recoveries) {
        this.recoveries = recoveries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ClaimProcess.INSURANCE_RECOVERY, recoveries.start(CaseKeys.caseNo(execution)));
    }
}
