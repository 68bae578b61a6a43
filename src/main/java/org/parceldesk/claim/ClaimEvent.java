package org.parceldesk.claim;

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
 * One line of a claim's timeline: what happened, when, and who did it ("system" or a user id), as a
 * {@link TimelineEntry} (the shape every case timeline shares, decision 0018).
 */
@Entity
@Table(name = "claim_event")
public class ClaimEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    private Claim claim;
    @Embedded
    private TimelineEntry entry;

    protected ClaimEvent() {
    }

    ClaimEvent(Claim claim, ClaimEventType type, Instant occurredAt, String actor, String detail) {
        this.claim = claim;
        this.entry = new TimelineEntry(type, occurredAt, actor, detail);
    }

    public ClaimEventType getType() {
        return entry.type(ClaimEventType.class);
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
