package org.parceldesk.violation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.parceldesk.common.CaseEvent;

/**
 * One line of a violation case's timeline: what happened, when, and who did it ({@code V340} gave
 * {@code violation_event} the columns of {@code complaint_event} and {@code claim_event}).
 */
@Entity
@Table(name = "violation_event")
public class ViolationEvent extends CaseEvent<ViolationEventType> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "violation_id")
    private Violation violation;

    protected ViolationEvent() {
    }

    ViolationEvent(Violation violation, ViolationEventType type, Instant occurredAt, String actor, String detail) {
        super(type, occurredAt, actor, detail);
        this.violation = violation;
    }

    @Override
    protected Class<ViolationEventType> types() {
        return ViolationEventType.class;
    }
}
