package org.parceldesk.violation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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
        cases.giveStatement(TaskInputs.caseNo(task), TaskInputs.takeText(task, CourierViolationProcess.STATEMENT_TEXT),
                TaskInputs.actor(task));
    }
}
