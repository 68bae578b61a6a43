package org.parceldesk.claim;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.parceldesk.common.CaseEvent;

/** One line of a claim's timeline: what happened, when, and who did it ("system" or a user id). */
@Entity
@Table(name = "claim_event")
public class ClaimEvent extends CaseEvent<ClaimEventType> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    private Claim claim;

    protected ClaimEvent() {
    }

    ClaimEvent(Claim claim, ClaimEventType type, Instant occurredAt, String actor, String detail) {
        super(type, occurredAt, actor, detail);
        this.claim = claim;
    }

    @Override
    protected Class<ClaimEventType> types() {
        return ClaimEventType.class;
    }
}
