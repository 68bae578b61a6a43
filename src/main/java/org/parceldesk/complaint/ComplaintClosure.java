package org.parceldesk.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the case with the final status named by the input parameter {@code closeAs}. */
@Component("complaintClosure")
class ComplaintClosure implements JavaDelegate {

    private final ComplaintCases cases;

    ComplaintClosure(ComplaintCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ComplaintStatus finalStatus = ComplaintStatus.valueOf((String) execution.getVariableLocal("closeAs"));
        Complaint complaint = cases.of(execution);
        complaint.close(finalStatus, cases.now());
        ComplaintEventType event = switch (finalStatus) {
            case NO_RESPONSE -> ComplaintEventType.NO_RESPONSE;
            case ABANDONED -> ComplaintEventType.ABANDONED;
            default -> ComplaintEventType.CLOSED;
        };
        complaint.record(event, cases.now(), ComplaintProcess.SYSTEM, finalStatus.label());
    }
}
