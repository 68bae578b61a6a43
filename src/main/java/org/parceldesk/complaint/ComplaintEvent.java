package org.parceldesk.complaint;

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

/** One entry of a complaint's timeline: what happened, when, and who did it ("system", "customer" or a user id). */
@Entity
@Table(name = "complaint_event")
public class ComplaintEvent {

    private static final int MAX_DETAIL = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    private ComplaintEventType type;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    private String detail;

    protected ComplaintEvent() {
    }

    ComplaintEvent(Complaint complaint, ComplaintEventType type, Instant occurredAt, String actor, String detail) {
        this.complaint = complaint;
        this.type = type;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }

    public Long getId() {
        return id;
    }

    public ComplaintEventType getType() {
        return type;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }
}
