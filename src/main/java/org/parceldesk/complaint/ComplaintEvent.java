package org.parceldesk.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.parceldesk.common.CaseEvent;

/** One line of a complaint's timeline: what happened, when, and who did it ("system", "customer" or a user id). */
@Entity
@Table(name = "complaint_event")
public class ComplaintEvent extends CaseEvent<ComplaintEventType> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    protected ComplaintEvent() {
    }

    ComplaintEvent(Complaint complaint, ComplaintEventType type, Instant occurredAt, String actor, String detail) {
        super(type, occurredAt, actor, detail);
        this.complaint = complaint;
    }

    @Override
    protected Class<ComplaintEventType> types() {
        return ComplaintEventType.class;
    }
}
