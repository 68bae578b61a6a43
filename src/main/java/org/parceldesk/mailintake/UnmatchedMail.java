package org.parceldesk.mailintake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A mail that intake could not put on a case (no known waybill, a closed case, a reply from someone
 * other than the case's customer): it waits for a complaint handler, who files it as a complaint or
 * dismisses it, by {@code dueAt} (the unmatched-mail SLA).
 */
@Entity
@Table(name = "mail_unmatched")
class UnmatchedMail {

    enum Status { OPEN, FILED, DISMISSED }

    static final int MAX_SUBJECT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "message_row")
    private Long messageRow;
    @Column(name = "from_address")
    private String fromAddress;
    @Column(name = "from_name")
    private String fromName;
    private String subject;
    private String body;
    private String reason;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "due_at")
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "case_no")
    private String caseNo;
    @Column(name = "resolved_by")
    private String resolvedBy;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    private String note;

    protected UnmatchedMail() {
    }

    UnmatchedMail(long messageRow, InboundMail mail, String reason, Instant dueAt) {
        this.messageRow = messageRow;
        this.fromAddress = mail.from() == null ? "" : cut(mail.from(), 320);
        this.fromName = mail.fromName() == null ? null : cut(mail.fromName(), 100);
        this.subject = cut(mail.subject(), MAX_SUBJECT);
        this.body = cut(mail.text(), 20_000);
        this.reason = cut(reason, 300);
        this.receivedAt = mail.receivedAt();
        this.dueAt = dueAt;
        this.status = Status.OPEN;
    }

    void filed(String caseNo, String by, Instant at) {
        requireOpen();
        this.status = Status.FILED;
        this.caseNo = caseNo;
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    void dismissed(String note, String by, Instant at) {
        requireOpen();
        this.status = Status.DISMISSED;
        this.note = cut(note, 500);
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new IllegalStateException("Unmatched mail " + id + " is already " + status);
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    Long getId() {
        return id;
    }

    Long getMessageRow() {
        return messageRow;
    }

    String getFromAddress() {
        return fromAddress;
    }

    String getFromName() {
        return fromName;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    String getReason() {
        return reason;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }

    Instant getDueAt() {
        return dueAt;
    }

    Status getStatus() {
        return status;
    }

    String getCaseNo() {
        return caseNo;
    }

    String getResolvedBy() {
        return resolvedBy;
    }

    Instant getResolvedAt() {
        return resolvedAt;
    }

    String getNote() {
        return note;
    }
}
