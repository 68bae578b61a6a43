package org.parceldesk.violation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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
        AppealOutcome outcome = TaskInputs.requiredChoice(task, CourierViolationProcess.APPEAL_OUTCOME, AppealOutcome.class);
        Severity reducedTo = TaskInputs.choice(task, CourierViolationProcess.REDUCED_SEVERITY, Severity.class);
        cases.decideAppeal(TaskInputs.caseNo(task), outcome, reducedTo,
                TaskInputs.takeText(task, CourierViolationProcess.APPEAL_REASON), TaskInputs.actor(task));
    }
}
