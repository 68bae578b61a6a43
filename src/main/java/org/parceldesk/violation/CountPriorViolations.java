package org.parceldesk.violation;

import org.parceldesk.workflow.CaseKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets {@code priorUpheld90d} for the decision table: the courier's upheld violations in the repeat window. */
@Component("countPriorViolations")
class CountPriorViolations implements JavaDelegate {

    private final ViolationCases cases;

    CountPriorViolations(ViolationCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = CaseKeys.caseNo(execution);
        execution.setVariable(CourierViolationProcess.PRIOR_UPHELD, cases.priorUpheld(caseNo));
    }
}
