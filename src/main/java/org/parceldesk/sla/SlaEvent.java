package org.parceldesk.sla;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An SLA of a case reached its warning point or was breached (table {@code sla_event}). At most one
 * row per case, SLA and level, enforced by a unique key, so that reports count each breach once
 * however often a timer fires and however many nodes run it.
 */
@Entity
@Table(name = "sla_event")
public class SlaEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_no", nullable = false, updatable = false)
    private String caseNo;

    @Column(name = "sla_name", nullable = false, updatable = false)
    private String slaName;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, updatable = false)
    private SlaLevel level;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** The warning or due time the clock had passed. */
    @Column(name = "deadline_at", nullable = false, updatable = false)
    private Instant deadlineAt;

    protected SlaEvent() {
    }

    SlaEvent(String caseNo, String slaName, SlaLevel level, Instant occurredAt, Instant deadlineAt) {
        this.caseNo = caseNo;
        this.slaName = slaName;
        this.level = level;
        this.occurredAt = occurredAt;
        this.deadlineAt = deadlineAt;
    }

    public String getCaseNo() {
        return caseNo;
    }

    public String getSlaName() {
        return slaName;
    }

    public SlaLevel getLevel() {
        return level;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }
}
