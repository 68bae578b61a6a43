package org.parceldesk.complaint;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parceldesk.claim.EvidenceStore;
import org.parceldesk.workflow.TaskInput;
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

    public static final int MAX_TEXT = TaskInput.MAX_TEXT;

    public enum Result { RECORDED, NOT_WAITING }

    /** What the status page shows while the case waits: the question and until when to answer. */
    public record Pending(String request, Instant replyDueAt) {
    }

    private final ComplaintRepository complaints;
    private final ComplaintWorkflow workflow;
    private final ComplaintCases cases;
    private final EvidenceStore files;
    private final ComplaintEvidenceRepository evidence;

    ComplaintCustomerInfo(ComplaintRepository complaints, ComplaintWorkflow workflow, ComplaintCases cases,
            EvidenceStore files, ComplaintEvidenceRepository evidence) {
        this.complaints = complaints;
        this.workflow = workflow;
        this.cases = cases;
        this.files = files;
        this.evidence = evidence;
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
        return supply(caseNo, text, List.of());
    }

    /**
     * The customer's text and/or photos. Photos are checked and stored like claim evidence (types,
     * size, count: {@code parceldesk.claim.evidence.*}); a refused file refuses the whole answer
     * (problem naming {@code files}) and nothing is recorded. Text may be empty when photos come.
     */
    @Transactional
    public Result supply(String caseNo, String text, List<EvidenceStore.Upload> photos) {
        String trimmed = text == null ? "" : text.strip();
        List<EvidenceStore.Upload> sent = photos.stream().filter(photo -> photo.size() > 0).toList();
        if ((trimmed.isEmpty() && sent.isEmpty()) || trimmed.length() > MAX_TEXT) {
            throw new IllegalArgumentException("text must be 1.." + MAX_TEXT + " characters, or photos must come");
        }
        Complaint complaint = complaints.findByCaseNo(caseNo).orElseThrow();
        if (complaint.getStatus() != ComplaintStatus.WAITING_FOR_CUSTOMER
                || workflow.awaitingCustomerInfoUntil(caseNo).isEmpty()) {
            return Result.NOT_WAITING;
        }
        if (!sent.isEmpty()) {
            List<EvidenceStore.StoredUpload> stored = files.storeFor(caseNo, evidence.countByComplaintCaseNo(caseNo), sent);
            for (EvidenceStore.StoredUpload file : stored) {
                evidence.save(new ComplaintEvidence(caseNo, file.originalName(), file.contentType(), file.sizeBytes(),
                        file.sha256(), file.storageKey(), cases.now()));
            }
            complaint.record(ComplaintEventType.CUSTOMER_EVIDENCE_RECEIVED, cases.now(), ComplaintProcess.CUSTOMER,
                    cases.recorded("complaint.timeline.customer-photos", String.valueOf(stored.size()),
                            String.join("、", stored.stream().map(EvidenceStore.StoredUpload::originalName).toList())));
        }
        complaint.record(ComplaintEventType.CUSTOMER_INFO_RECEIVED, cases.now(), ComplaintProcess.CUSTOMER,
                trimmed.isEmpty() ? cases.recorded("complaint.timeline.customer-photos-only") : trimmed);
        return workflow.customerInfoReceivedInPortal(caseNo, cases.recorded("complaint.note.portal")) ? Result.RECORDED : Result.NOT_WAITING;
    }

    /** The customer's files of a case, for staff. */
    @Transactional(readOnly = true)
    List<ComplaintEvidence> evidence(String caseNo) {
        return evidence.findByComplaintCaseNoOrderById(caseNo);
    }

    /** One file of a case, if it belongs to it. */
    @Transactional(readOnly = true)
    Optional<StoredFile> file(String caseNo, long id) {
        return evidence.findById(id).filter(e -> e.getComplaintCaseNo().equals(caseNo))
                .map(e -> new StoredFile(e, files.pathOf(e.getStorageKey())));
    }

    record StoredFile(ComplaintEvidence evidence, java.nio.file.Path path) {
    }
}
