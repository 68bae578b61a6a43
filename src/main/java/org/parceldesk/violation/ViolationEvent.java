package org.parceldesk.violation;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.parceldesk.common.TimelineEntry;

/**
 * One line of a violation case's timeline: what happened, when, and who did it, as a
 * {@link TimelineEntry} (the shape every case timeline shares, decision 0018), in its own columns
 * as {@code complaint_event} and {@code claim_event} ({@code V340} renamed the former {@code kind} and
 * {@code note}).
 */
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

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "violation_id")
    private Violation violation;

    @Embedded
    private TimelineEntry entry;

    protected ViolationEvent() {
    }

    ViolationEvent(Violation violation, Kind kind, Instant occurredAt, String actor, String detail) {
        this.violation = violation;
        this.entry = new TimelineEntry(kind, occurredAt, actor, detail);
    }

    public Instant getOccurredAt() {
        return entry.getOccurredAt();
    }

    public Kind getKind() {
        return entry.type(Kind.class);
    }

    public String getActor() {
        return entry.getActor();
    }

    public String getDetail() {
        return entry.getDetail();
    }
}
