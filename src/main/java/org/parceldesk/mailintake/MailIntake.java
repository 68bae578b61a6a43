package org.parceldesk.mailintake;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.Messages;
import org.parceldesk.complaint.ComplaintIntake;
import org.parceldesk.complaint.ComplaintMailThread;
import org.parceldesk.complaint.ComplaintProperties;
import org.parceldesk.complaint.IntakeOutcome;
import org.parceldesk.complaint.NewComplaint;
import org.parceldesk.notification.NotificationDeliveries;
import org.parceldesk.shipment.ShipmentDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides what one mail is, and does it in one transaction together with recording the mail as
 * processed (its unique key):
 * <ol>
 *   <li>already processed (the key is known) → nothing; the poller just moves it;</li>
 *   <li>a reply in a case's thread — a case number in the subject, or {@code In-Reply-To}/
 *       {@code References} naming an e-mail the outbox sent — from the case's customer, on an open
 *       case → customer information on the case's timeline;</li>
 *   <li>a known waybill in subject or text → a complaint (channel EMAIL) through the same intake as
 *       the API (an open complaint of the waybill and category takes the mail as a duplicate);</li>
 *   <li>anything else → the unmatched queue, due by the unmatched-mail SLA.</li>
 * </ol>
 * Attachments become evidence of the case (or wait with the unmatched mail).
 */
@Service
class MailIntake {

    static final String CLIENT_ID = "mail-intake";
    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);
    private static final Pattern CASE_NO = Pattern.compile("(?<![A-Za-z0-9])TS\\d{14}(?![0-9])");
    private static final Pattern WAYBILL_CANDIDATE = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]{0,4}\\d{6,28}[A-Za-z]{0,2}(?![A-Za-z0-9])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?86[ -]?)?(1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4})(?!\\d)");
    private static final int MAX_CANDIDATES = 20;

    /** What a mail became. */
    record Result(ProcessedMail.Outcome outcome, String caseNo, boolean alreadyProcessed) {
    }

    private final ProcessedMailRepository processed;
    private final UnmatchedMailRepository unmatched;
    private final MailAttachmentRepository attachmentRows;
    private final MailAttachments attachments;
    private final ComplaintIntake complaints;
    private final ComplaintMailThread threads;
    private final ComplaintProperties complaintLimits;
    private final NotificationDeliveries sentMail;
    private final ShipmentDirectory shipments;
    private final UnmatchedDue due;
    private final MailIntakeProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MailIntake(ProcessedMailRepository processed, UnmatchedMailRepository unmatched, MailAttachmentRepository attachmentRows,
            MailAttachments attachments, ComplaintIntake complaints, ComplaintMailThread threads,
            ComplaintProperties complaintLimits, NotificationDeliveries sentMail, ShipmentDirectory shipments,
            UnmatchedDue due, MailIntakeProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.processed = processed;
        this.unmatched = unmatched;
        this.attachmentRows = attachmentRows;
        this.attachments = attachments;
        this.complaints = complaints;
        this.threads = threads;
        this.complaintLimits = complaintLimits;
        this.sentMail = sentMail;
        this.shipments = shipments;
        this.due = due;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether the mail was processed before (its key is recorded): it only needs moving. */
    boolean known(InboundMail mail) {
        return Boolean.TRUE.equals(transaction.execute(status -> processed.findByMessageKey(mail.key()).isPresent()));
    }

    /**
     * Processes the mail in one transaction; a concurrent or earlier processing of the same mail
     * (its key) is answered with {@code alreadyProcessed}. Any other failure rolls everything back
     * and leaves the mail in the mailbox for the next poll.
     */
    Result process(InboundMail mail, String node) {
        try {
            return transaction.execute(status -> processOnce(mail, node));
        } catch (org.springframework.dao.DataIntegrityViolationException twin) {
            // another node recorded the same message first (its lease expired while it worked): theirs counts
            if (known(mail)) {
                return new Result(null, null, true);
            }
            throw twin;
        }
    }

    private Result processOnce(InboundMail mail, String node) {
        Optional<ProcessedMail> earlier = processed.findByMessageKey(mail.key());
        if (earlier.isPresent()) {
            return new Result(earlier.get().getOutcome(), earlier.get().getCaseNo(), true);
        }
        ProcessedMail record = processed.saveAndFlush(new ProcessedMail(mail, now(), node));
        Result result = decide(mail, record);
        record.decided(result.outcome(), result.caseNo());
        log.info("Mail {} processed as {}{}", record.getId(), result.outcome(),
                result.caseNo() == null ? "" : " for case " + result.caseNo());
        return result;
    }

    private Result decide(InboundMail mail, ProcessedMail record) {
        if (mail.from() == null) {
            return toUnmatched(mail, record, recorded("mail.unmatched.reason.no-sender"));
        }
        Optional<String> threadCase = threadCase(mail);
        if (threadCase.isPresent()) {
            return reply(mail, record, threadCase.get());
        }
        Optional<String> waybill = knownWaybill(mail);
        if (waybill.isEmpty()) {
            return toUnmatched(mail, record, recorded("mail.unmatched.reason.no-waybill"));
        }
        return newComplaint(mail, record, waybill.get());
    }

    /** The case a reply belongs to: a case number in the subject, else a Message-ID of ours it answers. */
    private Optional<String> threadCase(InboundMail mail) {
        Matcher inSubject = CASE_NO.matcher(mail.subject());
        if (inSubject.find()) {
            return Optional.of(inSubject.group());
        }
        for (String id : mail.replyTo()) {
            Optional<String> caseNo = sentMail.caseOfMessageId(id);
            if (caseNo.isPresent()) {
                return caseNo;
            }
        }
        return Optional.empty();
    }

    private Result reply(InboundMail mail, ProcessedMail record, String caseNo) {
        Optional<ComplaintMailThread.ThreadCase> found = threads.find(caseNo);
        if (found.isEmpty()) {
            return toUnmatched(mail, record, recorded("mail.unmatched.reason.unknown-case", caseNo));
        }
        ComplaintMailThread.ThreadCase thread = found.get();
        if (!thread.isCustomer(mail.from())) {
            // anyone can write a case number into a subject: only the customer's own address adds to the case
            return toUnmatched(mail, record, recorded("mail.unmatched.reason.not-customer", caseNo));
        }
        if (!thread.open()) {
            return toUnmatched(mail, record, recorded("mail.unmatched.reason.case-closed", caseNo));
        }
        threads.customerReplied(caseNo, text(mail));
        keepAttachments(mail, record, caseNo);
        return new Result(ProcessedMail.Outcome.REPLY, caseNo, false);
    }

    private Result newComplaint(InboundMail mail, ProcessedMail record, String waybill) {
        NewComplaint request = new NewComplaint(waybill, "EMAIL", properties.category(), customerName(mail),
                mobile(mail.text()).orElse(null), mail.from(), description(mail));
        IntakeOutcome outcome;
        try {
            // the key makes a retried mail the same request; the mail's own key already guards it
            outcome = complaints.file(request, "mail-" + mail.key().substring(0, 40), CLIENT_ID);
        } catch (ApiProblem refused) {
            // validation runs before anything is written: the mail goes to a handler with the reason
            return toUnmatched(mail, record, recorded("mail.unmatched.reason.cannot-file", describe(refused)));
        }
        String caseNo = outcome.receipt().caseNo();
        keepAttachments(mail, record, caseNo);
        return new Result(outcome.created() ? ProcessedMail.Outcome.COMPLAINT : ProcessedMail.Outcome.DUPLICATE, caseNo, false);
    }

    private void keepAttachments(InboundMail mail, ProcessedMail record, String caseNo) {
        if (mail.attachments().isEmpty()) {
            return;
        }
        MailAttachments.Kept kept = attachments.keep(record.getId(), mail.attachments(),
                attachmentRows.findByCaseNoOrderById(caseNo).size());
        kept.stored().forEach(file -> file.belongsTo(caseNo));
        threads.evidenceReceived(caseNo, kept.storedNames(), kept.refused());
    }

    private Result toUnmatched(InboundMail mail, ProcessedMail record, String reason) {
        UnmatchedMail item = unmatched.save(new UnmatchedMail(record.getId(), mail, reason, due.from(now())));
        MailAttachments.Kept kept = attachments.keep(record.getId(), mail.attachments(), 0);
        kept.stored().forEach(file -> file.waitsIn(item.getId()));
        return new Result(ProcessedMail.Outcome.UNMATCHED, null, false);
    }

    /** Known waybills among the number-like words of subject and text, first found first. */
    private Optional<String> knownWaybill(InboundMail mail) {
        Set<String> candidates = new LinkedHashSet<>();
        Matcher words = WAYBILL_CANDIDATE.matcher(mail.subject() + "\n" + mail.text());
        while (words.find() && candidates.size() < MAX_CANDIDATES) {
            String word = words.group().toUpperCase(Locale.ROOT);
            if (!CASE_NO.matcher(word).matches() && word.length() <= 32) {
                candidates.add(word);
            }
        }
        for (String candidate : candidates) {
            if (shipments.find(candidate).isPresent()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private String customerName(InboundMail mail) {
        String name = mail.fromName() != null && !mail.fromName().isBlank() ? mail.fromName().strip()
                : mail.from().substring(0, Math.max(1, mail.from().indexOf('@')));
        int max = complaintLimits.nameMaxLength();
        return name.codePointCount(0, name.length()) <= max ? name : name.substring(0, name.offsetByCodePoints(0, max));
    }

    static Optional<String> mobile(String text) {
        Matcher mobile = MOBILE.matcher(text);
        return mobile.find() ? Optional.of(mobile.group(1).replaceAll("[ -]", "")) : Optional.empty();
    }

    /** A text stored with the mail or the case: always Chinese, whoever reads it later (docs/messages.md). */
    static String recorded(String key, Object... args) {
        return Messages.text(Messages.DEFAULT, key, args);
    }

    /** Subject and text as the complaint's description, within the configured length. */
    private String description(InboundMail mail) {
        String text = text(mail);
        String description = mail.subject().isBlank() ? text : recorded("mail.subject-line", mail.subject()) + "\n" + text;
        int max = complaintLimits.descriptionMaxLength();
        return description.length() <= max ? description : description.substring(0, max - 1) + "…";
    }

    private static String text(InboundMail mail) {
        return mail.text() == null ? "" : mail.text().strip();
    }

    private static String describe(ApiProblem problem) {
        if (problem.errors().isEmpty()) {
            return problem.getMessage();
        }
        return problem.errors().stream().map(e -> e.field() + " " + e.message())
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
