package org.parceldesk.common;

import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every case's timeline row has (decision 0018): its id and one {@link TimelineEntry}. A case
 * module's event entity adds only its table and the foreign key to its own case, and names its
 * event-type enum, so {@code ComplaintEvent}, {@code ClaimEvent} and {@code ViolationEvent} read alike
 * and the three tables keep the same columns.
 *
 * @param <T> the module's event types ({@code ComplaintEventType}, …)
 */
@MappedSuperclass
public abstract class CaseEvent<T extends Enum<T>> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Embedded
    private TimelineEntry entry;

    protected CaseEvent() {
    }

    protected CaseEvent(T type, Instant occurredAt, String actor, String detail) {
        this.entry = new TimelineEntry(type, occurredAt, actor, detail);
    }

    /** The module's enum, to read the stored type name back. */
    protected abstract Class<T> types();

    public Long getId() {
        return id;
    }

    public T getType() {
        return entry.type(types());
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
