package org.parceldesk.complaint;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What e-mail intake may do with an existing complaint: find the case a reply belongs to, put the
 * customer's reply on its timeline (and, when the case waits for the customer, answer that step as
 * the portal does), and note the files stored as evidence. Runs in the caller's transaction, which
 * also records the message as processed.
 */
@Service
public class ComplaintMailThread {

    private final ComplaintRepository complaints;
    private final ComplaintWorkflow workflow;
    private final ComplaintCases cases;

    ComplaintMailThread(ComplaintRepository complaints, ComplaintWorkflow workflow, ComplaintCases cases) {
        this.complaints = complaints;
        this.workflow = workflow;
        this.cases = cases;
    }

    /** A complaint as intake sees it: whether it is still open and who the customer is (their address). */
    public record ThreadCase(String caseNo, boolean open, String customerEmail) {

        /** Whether the address is the customer's (case-insensitive). */
        public boolean isCustomer(String address) {
            return customerEmail != null && address != null
                    && customerEmail.equalsIgnoreCase(address.strip().toLowerCase(Locale.ROOT));
        }
    }

    public enum ReplyResult {
        /** on the timeline; the case did not wait for the customer */
        RECORDED,
        /** on the timeline, and the case's "await customer information" step was answered */
        RESUMED_CASE
    }

    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Optional<ThreadCase> find(String caseNo) {
        return complaints.findByCaseNo(caseNo).map(c -> new ThreadCase(c.getCaseNo(),
                !ComplaintStatus.FINAL.contains(c.getStatus()), c.getCustomerEmail()));
    }

    /**
     * Records the customer's mail on an open case as customer information. The caller checked that
     * the case is open and that the mail comes from the customer.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ReplyResult customerReplied(String caseNo, String text) {
        Complaint complaint = cases.byCaseNo(caseNo);
        if (ComplaintStatus.FINAL.contains(complaint.getStatus())) {
            throw new IllegalStateException("Complaint " + caseNo + " is closed");
        }
        String detail = limit(cases.recorded("complaint.timeline.mail",
                text == null || text.isBlank() ? cases.recorded("complaint.timeline.mail-no-text") : text.strip()));
        complaint.record(ComplaintEventType.CUSTOMER_INFO_RECEIVED, cases.now(), ComplaintProcess.CUSTOMER, detail);
        if (complaint.getStatus() == ComplaintStatus.WAITING_FOR_CUSTOMER
                && workflow.customerInfoReceivedInPortal(caseNo,
                        // the waiting task's note: a pointer to the timeline, no personal data in the process
                        cases.recorded("complaint.note.mail"))) {
            return ReplyResult.RESUMED_CASE;
        }
        return ReplyResult.RECORDED;
    }

    /** Notes on the timeline which mailed files were stored as evidence and which were refused, and why. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void evidenceReceived(String caseNo, List<String> stored, List<String> refused) {
        if (stored.isEmpty() && refused.isEmpty()) {
            return;
        }
        StringBuilder detail = new StringBuilder();
        if (!stored.isEmpty()) {
            detail.append(cases.recorded("complaint.timeline.mail-evidence-stored", String.join(", ", stored)));
        }
        if (!refused.isEmpty()) {
            detail.append(detail.length() > 0 ? "；" : "")
                    .append(cases.recorded("complaint.timeline.mail-evidence-refused", String.join("; ", refused)));
        }
        cases.byCaseNo(caseNo).record(ComplaintEventType.EVIDENCE_RECEIVED, cases.now(), ComplaintProcess.CUSTOMER,
                limit(detail.toString()));
    }

    private static String limit(String text) {
        return text.length() <= ComplaintCustomerInfo.MAX_TEXT ? text : text.substring(0, ComplaintCustomerInfo.MAX_TEXT - 1) + "…";
    }
}
