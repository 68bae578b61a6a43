package org.parceldesk.mailintake;

import org.parceldesk.common.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.TextInput;
import org.parceldesk.complaint.ComplaintIntake;
import org.parceldesk.complaint.ComplaintMailThread;
import org.parceldesk.complaint.IntakeOutcome;
import org.parceldesk.complaint.NewComplaint;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unmatched-mail queue as handlers work it: list by due date, file a mail as a complaint (the
 * handler supplies the waybill and category the mail lacked; the mail's sender is the customer's
 * address and its attachments become the case's evidence), or dismiss it with a note (spam, not a
 * complaint). Each resolution locks the item, so two handlers never both file the same mail.
 */
@Service
class UnmatchedMails {

    static final int MAX_NOTE = 500;

    private final UnmatchedMailRepository items;
    private final MailAttachmentRepository attachments;
    private final ComplaintIntake complaints;
    private final ComplaintMailThread threads;
    private final Clock clock;

    private final Messages messages;

    UnmatchedMails(UnmatchedMailRepository items, MailAttachmentRepository attachments, ComplaintIntake complaints,
            ComplaintMailThread threads, Clock clock,
            Messages messages) {
        this.messages = messages;
        this.items = items;
        this.attachments = attachments;
        this.complaints = complaints;
        this.threads = threads;
        this.clock = clock;
    }

    /** What a handler sends to file a mail as a complaint; empty fields fall back to the mail's own. */
    record FileRequest(String waybillNo, String category, String customerName, String customerPhone, String description) {
    }

    record DismissRequest(String note) {
    }

    @Transactional(readOnly = true)
    public List<MailIntakeViews.Unmatched> list(UnmatchedMail.Status status) {
        Instant now = clock.instant();
        return items.findByStatusOrderByDueAtAscIdAsc(status).stream()
                .map(item -> MailIntakeViews.Unmatched.of(item, attachments.findByUnmatchedIdOrderById(item.getId()), now))
                .toList();
    }

    @Transactional(readOnly = true)
    public MailIntakeViews.Unmatched get(long id) {
        UnmatchedMail item = items.findById(id).orElseThrow(() -> ApiProblem.missing("mailintake.unmatched.not-found", id));
        return MailIntakeViews.Unmatched.of(item, attachments.findByUnmatchedIdOrderById(id), clock.instant());
    }

    @Transactional
    public IntakeOutcome file(long id, FileRequest request, String actor) {
        if (request == null) {
            throw ApiProblem.invalid("body", messages.get("problem.field.missing"));
        }
        UnmatchedMail item = open(id);
        String description = blank(request.description()) ? fromMail(item) : request.description();
        String name = blank(request.customerName())
                ? (blank(item.getFromName()) ? item.getFromAddress() : item.getFromName()) : request.customerName();
        IntakeOutcome outcome = complaints.file(new NewComplaint(request.waybillNo(), "EMAIL", request.category(), name,
                request.customerPhone(), item.getFromAddress(), description), null, actor);
        String caseNo = outcome.receipt().caseNo();
        List<MailAttachment> files = attachments.findByUnmatchedIdOrderById(id);
        files.forEach(file -> file.belongsTo(caseNo));
        threads.evidenceReceived(caseNo, files.stream().map(MailAttachment::getFileName).toList(), List.of());
        item.filed(caseNo, actor, now());
        return outcome;
    }

    @Transactional
    public MailIntakeViews.Unmatched dismiss(long id, DismissRequest request, String actor) {
        String note = request == null ? null : request.note();
        if (blank(note)) {
            throw ApiProblem.invalid("note", messages.get("mail.unmatched.note-required"));
        }
        String refusal = TextInput.refusal(note);
        if (refusal != null) {
            throw ApiProblem.invalid("note", refusal);
        }
        if (note.strip().length() > MAX_NOTE) {
            throw ApiProblem.invalid("note", messages.get("mail.unmatched.note-too-long", MAX_NOTE));
        }
        UnmatchedMail item = open(id);
        item.dismissed(note.strip(), actor, now());
        return MailIntakeViews.Unmatched.of(item, attachments.findByUnmatchedIdOrderById(id), clock.instant());
    }

    private UnmatchedMail open(long id) {
        UnmatchedMail item = items.lockById(id).orElseThrow(() -> ApiProblem.missing("mailintake.unmatched.not-found", id));
        if (item.getStatus() != UnmatchedMail.Status.OPEN) {
            throw ApiProblem.conflict("id", item.getCaseNo() == null
                    ? messages.get("mail.unmatched.done", item.getStatus())
                    : messages.get("mail.unmatched.done-as", item.getStatus(), item.getCaseNo()));
        }
        return item;
    }

    private static String fromMail(UnmatchedMail item) {
        String subject = item.getSubject() == null ? "" : item.getSubject();
        String body = item.getBody() == null ? "" : item.getBody();
        String text = subject.isBlank() ? body : MailIntake.recorded("mail.subject-line", subject) + "\n" + body;
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
