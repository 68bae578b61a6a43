package org.parceldesk.violation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.parceldesk.workflow.CaseKeys;
import org.parceldesk.workflow.EngineTasks;
import org.springframework.stereotype.Component;

/** {@code Courier statement} completed: the statement goes to the case. */
@Component("recordCourierStatement")
class RecordCourierStatement implements TaskListener {

    private final ViolationCases cases;

    RecordCourierStatement(ViolationCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        String statement = EngineTasks.input(task, CourierViolationProcess.TASK_FIELDS)
                .text(CourierViolationProcess.STATEMENT_TEXT);
        EngineTasks.forget(task, CourierViolationProcess.STATEMENT_TEXT);
        cases.giveStatement(CaseKeys.caseNo(task), statement, EngineTasks.actingUser(task));
    }
}
