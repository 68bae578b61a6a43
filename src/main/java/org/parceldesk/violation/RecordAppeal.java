package org.parceldesk.violation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Appeal} completed: the courier appeals with a reason or accepts the decision. Refused
 * after the deadline even when the window's timer has not fired yet (the job executor may lag).
 */
@Component("recordAppeal")
class RecordAppeal implements TaskListener {

    private final ViolationCases cases;

    RecordAppeal(ViolationCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean appeal = TaskInputs.requiredYesNo(task, CourierViolationProcess.APPEAL_CHOICE,
                CourierViolationProcess.APPEAL, CourierViolationProcess.ACCEPT);
        String text = TaskInputs.takeText(task, CourierViolationProcess.APPEAL_TEXT);
        if (appeal) {
            cases.appeal(TaskInputs.caseNo(task), text, TaskInputs.actor(task));
        } else {
            cases.acceptDecision(TaskInputs.caseNo(task), TaskInputs.actor(task));
        }
    }
}
