package org.parceldesk.violation;

import org.parceldesk.workflow.CaseKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the decision table ran again with the severity lowered on appeal: the lighter penalty,
 * under the same policy, replaces the decided one. It needs no new approval: it is lighter.
 */
@Component("applyReducedPenalty")
class ApplyReducedPenalty implements JavaDelegate {

    private final ViolationCases cases;

    ApplyReducedPenalty(ViolationCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = CaseKeys.caseNo(execution);
        Penalty penalty = cases.applyReducedPenalty(caseNo, DecidedPenalty.from(execution));
        CourierViolationProcess.setPenalty(execution, penalty);
    }
}
