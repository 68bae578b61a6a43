package org.parceldesk.complaint;

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
 * One entry of a complaint's timeline: what happened, when, and who did it ("system", "customer" or a
 * user id), as a {@link TimelineEntry} (the shape every case timeline shares, decision 0018).
 */
@Entity
@Table(name = "complaint_event")
public class ComplaintEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;
    @Embedded
    private TimelineEntry entry;

    protected ComplaintEvent() {
    }

    ComplaintEvent(Complaint complaint, ComplaintEventType type, Instant occurredAt, String actor, String detail) {
        this.complaint = complaint;
        this.entry = new TimelineEntry(type, occurredAt, actor, detail);
    }

    public Long getId() {
        return id;
    }

    public ComplaintEventType getType() {
        return entry.type(ComplaintEventType.class);
    }

    public Instant getOccurredAt() {
        return entry.getOccurredAt();
    }

    public String getActor() {
        return entry.getActor();
    }

    public String getDetail() {
        return entry.getDetail();
    }
}
