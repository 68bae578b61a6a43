package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.parceldesk.workflow.CaseKeys;
import org.springframework.stereotype.Component;

/**
 * After {@code claim-approval-authority}: the claim stores the level its payout needs (the
 * table's, raised to SUPERVISOR for a full refusal) and the gateways route on that stored level.
 */
@Component("claimApprovalRouting")
class ClaimApprovalRouting implements ExecutionListener {

    private final ClaimSteps steps;

    ClaimApprovalRouting(ClaimSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ApprovalStep fromTable = ApprovalStep.valueOf((String) execution.getVariable(ClaimProcess.DMN_APPROVAL_LEVEL));
        ApprovalStep level = steps.routeApproval(CaseKeys.caseNo(execution), fromTable);
        execution.setVariable(ClaimProcess.APPROVAL_LEVEL, level.name());
    }
}
