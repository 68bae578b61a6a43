package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.parceldesk.workflow.CaseKeys;
import org.springframework.stereotype.Component;

/** Records the automatic approval of a payout below the lowest limit of {@code claim-approval-authority}. */
@Component("claimAutoApproval")
class ClaimAutoApproval implements JavaDelegate {

    private final ClaimSteps steps;

    ClaimAutoApproval(ClaimSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.approveAutomatically(CaseKeys.caseNo(execution));
    }
}
