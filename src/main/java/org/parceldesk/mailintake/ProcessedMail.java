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

/** A message intake has processed: its unique key is what makes every message count once. */
@Entity
@Table(name = "mail_intake_message")
class ProcessedMail {

    enum Outcome {
        /** a new complaint was filed */
        COMPLAINT,
        /** the waybill already had an open complaint of the category: the mail joined it */
        DUPLICATE,
        /** a reply of the customer, on the case's timeline */
        REPLY,
        /** in the unmatched queue for a handler */
        UNMATCHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "message_key")
    private String messageKey;
    @Column(name = "message_id")
    private String messageId;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "case_no")
    private String caseNo;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "processed_at")
    private Instant processedAt;
    @Column(name = "processed_by")
    private String processedBy;

    protected ProcessedMail() {
    }

    ProcessedMail(InboundMail mail, Instant processedAt, String node) {
        this.messageKey = mail.key();
        this.messageId = mail.messageId() == null || mail.messageId().length() <= 500 ? mail.messageId()
                : mail.messageId().substring(0, 500);
        this.outcome = Outcome.UNMATCHED; // until decided, in the same transaction
        this.receivedAt = mail.receivedAt();
        this.processedAt = processedAt;
        this.processedBy = node;
    }

    void decided(Outcome outcome, String caseNo) {
        this.outcome = outcome;
        this.caseNo = caseNo;
    }

    Long getId() {
        return id;
    }

    Outcome getOutcome() {
        return outcome;
    }

    String getCaseNo() {
        return caseNo;
    }
}
