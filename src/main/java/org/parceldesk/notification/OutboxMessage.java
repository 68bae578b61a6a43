package org.parceldesk.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One queued message to one address: an e-mail, or an SMS to a mobile number ({@link OutboxChannel}). Rows are inserted and moved between states by {@link OutboxStore}
 * with guarded SQL updates (so that two nodes never both own a row); JPA only reads them.
 */
@Entity
@Table(name = "notification_outbox")
class OutboxMessage {

    @Id
    private Long id;

    @Column(name = "dedupe_key")
    private String dedupeKey;

    @Column(name = "case_no")
    private String caseNo;

    private String template;

    private String step;

    /** The resolved e-mail address: personal data, never logged. */
    private String recipient;

    private String locale;

    /** The template model as a JSON object. */
    private String model;

    @Enumerated(EnumType.STRING)
    private OutboxStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    private OutboxChannel channel;

    /** SMS only: the segments the sent text was billed as. */
    private Integer segments;

    protected OutboxMessage() {
    }

    Long getId() {
        return id;
    }

    String getDedupeKey() {
        return dedupeKey;
    }

    String getCaseNo() {
        return caseNo;
    }

    String getTemplate() {
        return template;
    }

    String getStep() {
        return step;
    }

    String getRecipient() {
        return recipient;
    }

    String getLocale() {
        return locale;
    }

    String getModel() {
        return model;
    }

    OutboxStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    String getLastError() {
        return lastError;
    }

    String getClaimedBy() {
        return claimedBy;
    }

    Instant getClaimedUntil() {
        return claimedUntil;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }

    OutboxChannel getChannel() {
        return channel;
    }

    Integer getSegments() {
        return segments;
    }
}
