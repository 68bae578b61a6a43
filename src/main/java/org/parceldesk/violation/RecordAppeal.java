package org.parceldesk.violation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.parceldesk.workflow.CaseKeys;
import org.parceldesk.workflow.EngineTasks;
import org.parceldesk.workflow.TaskInput;
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
        TaskInput input = EngineTasks.input(task, CourierViolationProcess.TASK_FIELDS);
        boolean appeal = input.requiredYesNo(CourierViolationProcess.APPEAL_CHOICE,
                CourierViolationProcess.APPEAL, CourierViolationProcess.ACCEPT);
        String text = input.text(CourierViolationProcess.APPEAL_TEXT);
        EngineTasks.forget(task, CourierViolationProcess.APPEAL_TEXT);
        if (appeal) {
            cases.appeal(CaseKeys.caseNo(task), text, EngineTasks.actingUser(task));
        } else {
            cases.acceptDecision(CaseKeys.caseNo(task), EngineTasks.actingUser(task));
        }
    }
}
