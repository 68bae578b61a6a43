package org.parceldesk.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.violation.ViolationIntake;
import org.parceldesk.violation.ViolationReport;
import org.parceldesk.violation.ViolationSource;
import org.parceldesk.violation.ViolationType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Courier at fault: registers the linked violation (违规) case with the investigator's courier and
 * violation type (defaulted from the complaint category when the form left it empty). Runs as its own
 * asynchronous step after the investigation's commit (docs/processes/complaint.md, Transaction boundaries).
 */
@Component("complaintViolationReporter")
class ComplaintViolationReporter implements JavaDelegate {

    private final ComplaintCases cases;
    private final ObjectProvider<ViolationIntake> violations;

    ComplaintViolationReporter(ComplaintCases cases, ObjectProvider<ViolationIntake> violations) {
        this.cases = cases;
        this.violations = violations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = cases.of(execution);
        ViolationType type = ViolationType.valueOf((String) execution.getVariable(ComplaintProcess.VIOLATION_TYPE));
        String courierNo = (String) execution.getVariable(ComplaintProcess.COURIER_NO);
        String violationCaseNo;
        try {
            violationCaseNo = violations.getObject().register(new ViolationReport(ViolationSource.COMPLAINT,
                    complaint.getCaseNo(), courierNo, type, complaint.getWaybillNo(),
                    "投诉 " + complaint.getCaseNo() + "（" + complaint.getCategory().label() + "）调查结论：" + complaint.getFinding()));
        } catch (ApiProblem refused) {
            // The violation module's rules refuse the report (e.g. the courier was suspended after the
            // investigation): the complaint goes on and its timeline says so. Technical failures are not
            // caught: this asynchronous step retries and then raises an incident.
            complaint.record(ComplaintEventType.VIOLATION_REFUSED, cases.now(), ComplaintProcess.SYSTEM,
                    courierNo + "，" + type.name() + "：" + refused.getMessage());
            return;
        }
        complaint.violationRegistered(violationCaseNo);
        execution.setVariable(ComplaintProcess.VIOLATION_CASE_NO, violationCaseNo);
        complaint.record(ComplaintEventType.VIOLATION_REGISTERED, cases.now(), ComplaintProcess.SYSTEM,
                violationCaseNo + "（" + courierNo + "，" + type.name() + "）");
    }
}
