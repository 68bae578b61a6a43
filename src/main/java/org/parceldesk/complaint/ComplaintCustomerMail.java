package org.parceldesk.complaint;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends one customer e-mail; the input parameter {@code template} names it
 * (complaint-info-request, complaint-reply, complaint-survey, complaint-abandoned). The info request
 * and the survey show their deadline, given as the input parameters {@code replyDueAt} and
 * {@code surveyDueAt} (from {@code slaClocks}).
 */
@Component("complaintCustomerMail")
class ComplaintCustomerMail implements JavaDelegate {

    private final ComplaintCases cases;
    private final ComplaintMailer mailer;

    ComplaintCustomerMail(ComplaintCases cases, ComplaintMailer mailer) {
        this.cases = cases;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ComplaintMail mail = ComplaintMail.byTemplate((String) execution.getVariableLocal("template"));
        Map<String, Object> extra = new HashMap<>();
        if (mail == ComplaintMail.INFO_REQUEST) {
            Object request = execution.getVariable(ComplaintProcess.CUSTOMER_INFO_REQUEST);
            extra.put("infoRequest", request == null ? "" : request.toString());
            extra.put("replyDue", cases.local(ComplaintCases.instant(execution.getVariableLocal("replyDueAt"))));
        }
        if (mail == ComplaintMail.SURVEY) {
            extra.put("surveyDue", cases.local(ComplaintCases.instant(execution.getVariableLocal("surveyDueAt"))));
        }
        Complaint complaint = cases.of(execution);
        if (mail == ComplaintMail.INFO_REQUEST) {
            complaint.record(ComplaintEventType.CUSTOMER_INFO_REQUESTED, cases.now(), ComplaintProcess.SYSTEM,
                    (String) extra.get("infoRequest"));
        }
        mailer.sendToCustomer(complaint, mail, execution.getCurrentActivityId(), extra);
    }
}
