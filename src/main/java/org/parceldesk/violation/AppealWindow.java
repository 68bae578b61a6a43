package org.parceldesk.violation;

import java.util.Date;
import org.parceldesk.workflow.CaseKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Records the appeal deadline on the case when the {@code Appeal} task starts. The model passes
 * the same SLA due date as the window's timer ({@code slaClocks.dueDate(execution,
 * 'violation-appeal-window')}), so that the case, the notice and the timer agree.
 */
@Component("appealWindow")
public class AppealWindow {

    private final ViolationCases cases;

    AppealWindow(ViolationCases cases) {
        this.cases = cases;
    }

    public void open(DelegateExecution execution, Date deadline) {
        cases.openAppealWindow(CaseKeys.caseNo(execution), deadline.toInstant());
    }
}
