package org.parceldesk.violation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.parceldesk.workflow.CaseKeys;
import org.parceldesk.workflow.EngineTasks;
import org.parceldesk.workflow.TaskInput;
import org.springframework.stereotype.Component;

/** {@code Suspension review} completed: the supervisor's outcome goes to the courier's ledger. */
@Component("recordSuspensionReview")
class RecordSuspensionReview implements TaskListener {

    private final CourierLedger ledger;

    RecordSuspensionReview(CourierLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = EngineTasks.input(task, CourierViolationProcess.TASK_FIELDS);
        SuspensionReviewOutcome outcome = input.requiredChoice(CourierViolationProcess.SUSPENSION_OUTCOME,
                SuspensionReviewOutcome.class);
        String comment = input.text(CourierViolationProcess.SUSPENSION_COMMENT);
        EngineTasks.forget(task, CourierViolationProcess.SUSPENSION_COMMENT);
        ledger.decideSuspensionReview(CaseKeys.caseNo(task), outcome, comment, EngineTasks.actingUser(task));
    }
}
