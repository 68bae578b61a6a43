package org.parceldesk.notification;

/** Where an outbox row stands. */
public enum OutboxStatus {
    /** Waiting for its next attempt (new, or retrying after an SMTP failure). */
    PENDING,
    /** Claimed by one sender node until {@code claimed_until}. */
    SENDING,
    SENT,
    /** Given up: template error, bad address, or the last retry failed. An admin may retry it. */
    FAILED
}
