package org.parceldesk.violation;

import org.parceldesk.workflow.CaseKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The appeal window ran out without an appeal: the decision stands. */
@Component("recordAppealWindowClosed")
class RecordAppealWindowClosed implements JavaDelegate {

    private final ViolationCases cases;

    RecordAppealWindowClosed(ViolationCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.appealWindowClosed(CaseKeys.caseNo(execution));
    }
}
