package org.parceldesk.mailintake;

import java.time.Instant;
import java.util.List;

/** What the API shows of the mail intake. */
final class MailIntakeViews {

    private MailIntakeViews() {
    }

    /** A stored attachment, without where it lies on disk. */
    record Attachment(long id, String fileName, String contentType, long sizeBytes, String sha256, Instant receivedAt) {

        static Attachment of(MailAttachment row) {
            return new Attachment(row.getId(), row.getFileName(), row.getContentType(), row.getSizeBytes(), row.getSha256(),
                    row.getCreatedAt());
        }
    }

    /** An unmatched mail; {@code overdue} once its due time (the unmatched-mail SLA) has passed while it is open. */
    record Unmatched(long id, String fromAddress, String fromName, String subject, String body, String reason,
            Instant receivedAt, Instant dueAt, boolean overdue, UnmatchedMail.Status status, String caseNo,
            String resolvedBy, Instant resolvedAt, String note, List<Attachment> attachments) {

        static Unmatched of(UnmatchedMail item, List<MailAttachment> files, Instant now) {
            return new Unmatched(item.getId(), item.getFromAddress(), item.getFromName(), item.getSubject(), item.getBody(),
                    item.getReason(), item.getReceivedAt(), item.getDueAt(),
                    item.getStatus() == UnmatchedMail.Status.OPEN && now.isAfter(item.getDueAt()), item.getStatus(),
                    item.getCaseNo(), item.getResolvedBy(), item.getResolvedAt(), item.getNote(),
                    files.stream().map(Attachment::of).toList());
        }
    }
}
