package org.parceldesk.violation;

import org.parceldesk.workflow.CaseKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Books the case's final outcome on the courier's ledger and closes it; sets
 * {@code suspensionReviewDue} when this case brought the courier's points to the threshold.
 */
@Component("bookCourierLedger")
class BookCourierLedger implements JavaDelegate {

    private final ViolationCases cases;

    BookCourierLedger(ViolationCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CourierLedger.Booking booking = cases.bookAndClose(CaseKeys.caseNo(execution));
        execution.setVariable(CourierViolationProcess.SUSPENSION_REVIEW_DUE, booking.suspensionReviewOpened());
    }
}
