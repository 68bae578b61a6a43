package org.parceldesk.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.parceldesk.violation.CourierHeldResponsible;
import org.parceldesk.violation.ViolationSource;
import org.parceldesk.violation.ViolationType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Courier at fault: announces {@link CourierHeldResponsible} with the investigator's courier and
 * violation type (defaulted from the complaint category when the form left it empty). The violation
 * module registers the case after this step has committed, and {@link ComplaintViolationLinks} links
 * its answer (docs/processes/complaint.md, Transaction boundaries).
 */
@Component("complaintViolationReporter")
class ComplaintViolationReporter implements JavaDelegate {

    private final ComplaintCases cases;
    private final ApplicationEventPublisher events;

    ComplaintViolationReporter(ComplaintCases cases, ApplicationEventPublisher events) {
        this.cases = cases;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = cases.of(execution);
        if (complaint.getViolationCaseNo() != null) {
            return;
        }
        ViolationType type = ViolationType.valueOf((String) execution.getVariable(ComplaintProcess.VIOLATION_TYPE));
        String courierNo = (String) execution.getVariable(ComplaintProcess.COURIER_NO);
        events.publishEvent(new CourierHeldResponsible(ViolationSource.COMPLAINT, complaint.getCaseNo(), courierNo, type,
                complaint.getWaybillNo(),
                cases.recorded("complaint.violation-report", complaint.getCaseNo(), complaint.getCategory().label(),
                        String.valueOf(complaint.getFinding()))));
    }
}
