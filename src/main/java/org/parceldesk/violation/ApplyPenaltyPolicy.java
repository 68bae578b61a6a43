package org.parceldesk.violation;

import org.parceldesk.workflow.CaseKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the decision table: applies the company's policy (fines switched off become training),
 * records the penalty on the case and tells the process whether a supervisor must approve too.
 */
@Component("applyPenaltyPolicy")
class ApplyPenaltyPolicy implements JavaDelegate {

    private final ViolationCases cases;

    ApplyPenaltyPolicy(ViolationCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = CaseKeys.caseNo(execution);
        int prior = ((Number) execution.getVariable(CourierViolationProcess.PRIOR_UPHELD)).intValue();
        ViolationCases.AdjustedPenalty adjusted = cases.proposePenalty(caseNo, prior, DecidedPenalty.from(execution));
        CourierViolationProcess.setPenalty(execution, adjusted.penalty());
        execution.setVariable(CourierViolationProcess.NEEDS_SUPERVISOR_APPROVAL, adjusted.supervisorRequired());
    }
}
