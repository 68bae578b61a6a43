package org.parceldesk.complaint;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Small state changes the model makes through execution listeners
 * ({@code camunda:expression="${complaintProgress.…(execution)}"}), so that the diagram is not
 * cluttered with service tasks that only move the case's status.
 */
@Component("complaintProgress")
public class ComplaintProgress {

    private final ComplaintCases cases;
    private final ComplaintProperties properties;

    ComplaintProgress(ComplaintCases cases, ComplaintProperties properties) {
        this.cases = cases;
        this.properties = properties;
    }

    /** Process start: the SLA classes of this case; REGULATOR complaints have their own. */
    public void selectSlas(DelegateExecution execution) {
        boolean regulator = ComplaintChannel.REGULATOR.name().equals(execution.getVariable(ComplaintProcess.CHANNEL));
        ComplaintProperties.Slas slas = properties.sla();
        execution.setVariable(ComplaintProcess.FIRST_CONTACT_SLA, regulator ? slas.regulatorFirstContact() : slas.firstContact());
        execution.setVariable(ComplaintProcess.RESOLUTION_SLA, regulator ? slas.regulatorResolution() : slas.resolution());
    }

    /** Entering the resolution sub-process: the internal resolution deadline (later after a pause). */
    public void resolutionDue(DelegateExecution execution, Date dueAt) {
        cases.of(execution).resumed(ComplaintCases.instant(dueAt));
    }

    /**
     * Entering the resolution sub-process again after the customer replied: the investigation goes on
     * instead of starting over. False on first entry, when no outcome is recorded yet.
     */
    public boolean resumesAfterCustomerWait(DelegateExecution execution) {
        return ComplaintProcess.OUTCOME_WAIT_FOR_CUSTOMER.equals(execution.getVariable(ComplaintProcess.INVESTIGATION_OUTCOME));
    }

    /**
     * Gateway condition: a regulator referral (申诉) reports its outcome back before it closes. Read
     * from the case, not from a variable a client could set; a referral that joined an open
     * complaint makes that complaint a referral too.
     */
    public boolean isRegulatorReferral(DelegateExecution execution) {
        return cases.of(execution).getRegulatorReference() != null;
    }

    public void waitingForCustomer(DelegateExecution execution) {
        cases.of(execution).waitingForCustomer();
    }

    public void reopened(DelegateExecution execution) {
        Complaint complaint = cases.of(execution);
        complaint.reopen();
        complaint.record(ComplaintEventType.REOPENED, cases.now(), ComplaintProcess.SYSTEM,
                cases.recorded("complaint.timeline.reopened", String.valueOf(complaint.getSatisfaction())));
    }

    /** After {@code slaEscalation}: the case's own record of the warning or breach (once per SLA and level). */
    public void slaEvent(DelegateExecution execution, String sla, String level) {
        Complaint complaint = cases.of(execution);
        ComplaintEventType type = "BREACH".equals(level) ? ComplaintEventType.SLA_BREACH : ComplaintEventType.SLA_WARNING;
        if (complaint.hasEvent(type, sla)) {
            return;
        }
        complaint.record(type, cases.now(), ComplaintProcess.SYSTEM, sla);
        if (type == ComplaintEventType.SLA_BREACH) {
            ComplaintProperties.Slas slas = properties.sla();
            if (sla.equals(slas.firstContact()) || sla.equals(slas.regulatorFirstContact())) {
                complaint.breached(true);
            } else if (sla.equals(slas.resolution()) || sla.equals(slas.regulatorResolution())) {
                complaint.breached(false);
            }
        }
    }
}
