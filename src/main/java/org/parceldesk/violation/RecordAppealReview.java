package org.parceldesk.violation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.parceldesk.workflow.CaseKeys;
import org.parceldesk.workflow.EngineTasks;
import org.parceldesk.workflow.TaskInput;
import org.springframework.stereotype.Component;

/** {@code Review appeal} completed: upheld, reduced to a lower severity, or cancelled. */
@Component("recordAppealReview")
class RecordAppealReview implements TaskListener {

    private final ViolationCases cases;

    RecordAppealReview(ViolationCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = EngineTasks.input(task, CourierViolationProcess.TASK_FIELDS);
        AppealOutcome outcome = input.requiredChoice(CourierViolationProcess.APPEAL_OUTCOME, AppealOutcome.class);
        Severity reducedTo = input.choice(CourierViolationProcess.REDUCED_SEVERITY, Severity.class);
        String reason = input.text(CourierViolationProcess.APPEAL_REASON);
        EngineTasks.forget(task, CourierViolationProcess.APPEAL_REASON);
        cases.decideAppeal(CaseKeys.caseNo(task), outcome, reducedTo, reason, EngineTasks.actingUser(task));
    }
}
