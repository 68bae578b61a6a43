package org.parceldesk.complaint;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's answer to a request for information (补充信息), given on the portal's status
 * page (signed link, no login). It does what the handler's "Await customer information" task
 * does: records the answer on the timeline, resumes the resolution clocks and sends the case back
 * to Investigate. The customer's text stays in the complaint's timeline; the process only learns
 * that the customer answered in the portal.
 */
@Service
public class ComplaintCustomerInfo {

    public static final int MAX_TEXT = ComplaintTaskCompletion.MAX_TEXT;
    /** What the process variable {@code customerInfoNote} says when the customer answered in the portal. */
    static final String PORTAL_NOTE = "客户已在门户补充信息，内容见案件时间线 (answered in the portal, see the timeline)";

    public enum Result { RECORDED, NOT_WAITING }

    /** What the status page shows while the case waits: the question and until when to answer. */
    public record Pending(String request, Instant replyDueAt) {
    }

    private final ComplaintRepository complaints;
    private final ComplaintWorkflow workflow;
    private final ComplaintCases cases;

    ComplaintCustomerInfo(ComplaintRepository complaints, ComplaintWorkflow workflow, ComplaintCases cases) {
        this.complaints = complaints;
        this.workflow = workflow;
        this.cases = cases;
    }

    /** The open request for information, or empty when the case does not wait for the customer. */
    @Transactional(readOnly = true)
    public Optional<Pending> pending(String caseNo) {
        Optional<Complaint> complaint = complaints.findByCaseNo(caseNo);
        if (complaint.isEmpty() || complaint.get().getStatus() != ComplaintStatus.WAITING_FOR_CUSTOMER) {
            return Optional.empty();
        }
        return workflow.awaitingCustomerInfoUntil(caseNo).map(due -> new Pending(
                complaint.get().getEvents().stream()
                        .filter(e -> e.getType() == ComplaintEventType.CUSTOMER_INFO_REQUESTED)
                        .max(Comparator.comparing(ComplaintEvent::getOccurredAt).thenComparing(ComplaintEvent::getId))
                        .map(ComplaintEvent::getDetail).orElse(""),
                due == null ? null : due.toInstant()));
    }

    /**
     * Records the customer's text and completes the waiting step. Refused (nothing changes) when
     * the case does not wait for the customer. The text must be 1–{@value #MAX_TEXT} characters;
     * checking that is the caller's job.
     */
    @Transactional
    public Result supply(String caseNo, String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_TEXT) {
            throw new IllegalArgumentException("text must be 1.." + MAX_TEXT + " characters");
        }
        Complaint complaint = complaints.findByCaseNo(caseNo).orElseThrow();
        if (complaint.getStatus() != ComplaintStatus.WAITING_FOR_CUSTOMER
                || workflow.awaitingCustomerInfoUntil(caseNo).isEmpty()) {
            return Result.NOT_WAITING;
        }
        complaint.record(ComplaintEventType.CUSTOMER_INFO_RECEIVED, cases.now(), ComplaintProcess.CUSTOMER, trimmed);
        return workflow.customerInfoReceivedInPortal(caseNo, PORTAL_NOTE) ? Result.RECORDED : Result.NOT_WAITING;
    }
}
