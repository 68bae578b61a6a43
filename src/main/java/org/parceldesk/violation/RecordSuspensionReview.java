package org.parceldesk.violation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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
        SuspensionReviewOutcome outcome = TaskInputs.requiredChoice(task, CourierViolationProcess.SUSPENSION_OUTCOME,
                SuspensionReviewOutcome.class);
        ledger.decideSuspensionReview(TaskInputs.caseNo(task), outcome,
                TaskInputs.takeText(task, CourierViolationProcess.SUSPENSION_COMMENT), TaskInputs.actor(task));
    }
}
