package org.parceldesk.violation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a violation case's timeline: what happened, when, and who did it. */
@Entity
@Table(name = "violation_event")
public class ViolationEvent {

    public enum Kind {
        REGISTERED, NOTIFIED, STATEMENT_GIVEN, STATEMENT_MISSED, DECIDED, PENALTY_PROPOSED, APPROVED,
        PENALTY_REJECTED, APPEAL_WINDOW_OPENED, APPEALED, APPEAL_WAIVED, APPEAL_WINDOW_CLOSED, APPEAL_DECIDED,
        PENALTY_REDUCED, LEDGER_BOOKED, SUSPENSION_REVIEW_OPENED, COURIER_SUSPENDED, CLOSED,
        /** who may work a task changed (candidates, assignee, owner, delegation) */
        TASK_ACCESS_CHANGED
    }

    private static final int NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "violation_id")
    private Violation violation;

    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String actor;
    private String note;

    protected ViolationEvent() {
    }

    ViolationEvent(Violation violation, Kind kind, String actor, String note, Instant occurredAt) {
        this.violation = violation;
        this.kind = kind;
        this.actor = actor;
        this.note = note == null || note.length() <= NOTE_LENGTH ? note : note.substring(0, NOTE_LENGTH);
        this.occurredAt = occurredAt;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Kind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }
}
