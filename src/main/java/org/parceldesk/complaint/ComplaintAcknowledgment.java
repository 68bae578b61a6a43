package org.parceldesk.complaint;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the SLA dates (from the input parameters {@code firstContactDueAt} and
 * {@code resolutionDueAt}, which the BPMN computes with {@code slaClocks}) and acknowledges the
 * complaint to the customer with the case number and the promised resolution date.
 */
@Component("complaintAcknowledgment")
class ComplaintAcknowledgment implements JavaDelegate {

    private final ComplaintCases cases;
    private final ComplaintMailer mailer;

    ComplaintAcknowledgment(ComplaintCases cases, ComplaintMailer mailer) {
        this.cases = cases;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = cases.of(execution);
        complaint.acknowledged(cases.now(), ComplaintCases.instant(execution.getVariableLocal("firstContactDueAt")),
                ComplaintCases.instant(execution.getVariableLocal("resolutionDueAt")));
        complaint.record(ComplaintEventType.ACKNOWLEDGED, cases.now(), ComplaintProcess.SYSTEM,
                cases.recorded("complaint.timeline.acknowledged", cases.local(complaint.getPromisedResolutionAt())));
        mailer.sendToCustomer(complaint, ComplaintMail.ACKNOWLEDGMENT, execution.getCurrentActivityId(), Map.of());
    }
}
