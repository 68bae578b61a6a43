package org.parceldesk.violation;

import org.parceldesk.workflow.CaseKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The statement period ran out: the case goes on to the inspector without a statement. */
@Component("recordMissingStatement")
class RecordMissingStatement implements JavaDelegate {

    private final ViolationCases cases;

    RecordMissingStatement(ViolationCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.statementMissed(CaseKeys.caseNo(execution));
    }
}
