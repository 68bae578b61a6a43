package org.parceldesk.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a case's timeline, the same for complaints, claims and violations (decision 0018):
 * what happened ({@code type}, the module's enum name), when, who did it, and a detail. Each case
 * module maps it into its own table; a detail longer than {@link #DETAIL_LENGTH} is cut with "…",
 * never refused (a timeline records what happened, it does not validate it).
 */
@Embeddable
public class TimelineEntry {

    public static final int TYPE_LENGTH = 40;
    public static final int DETAIL_LENGTH = 2000;
    public static final int ACTOR_LENGTH = 64;

    @Column(name = "event_type", length = TYPE_LENGTH, nullable = false)
    private String type;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "actor", length = ACTOR_LENGTH)
    private String actor;
    @Column(name = "detail", length = DETAIL_LENGTH)
    private String detail;

    protected TimelineEntry() {
    }

    /** The arguments in the order every case's {@code record(type, at, actor, detail)} takes them. */
    public TimelineEntry(Enum<?> type, Instant occurredAt, String actor, String detail) {
        this.type = Objects.requireNonNull(type, "type").name();
        if (this.type.length() > TYPE_LENGTH) {
            throw new IllegalArgumentException("timeline type " + this.type + " is longer than " + TYPE_LENGTH);
        }
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = actor == null || actor.length() <= ACTOR_LENGTH ? actor : actor.substring(0, ACTOR_LENGTH);
        this.detail = cut(detail);
    }

    /** {@code detail} as the timeline keeps it: at most {@link #DETAIL_LENGTH} characters, the last one "…" when cut. */
    public static String cut(String detail) {
        if (detail == null || detail.length() <= DETAIL_LENGTH) {
            return detail;
        }
        int end = DETAIL_LENGTH - 1;
        if (Character.isHighSurrogate(detail.charAt(end - 1))) {
            end--; // never split a character in two
        }
        return detail.substring(0, end) + "…";
    }

    /** The type as the module's enum. */
    public <E extends Enum<E>> E type(Class<E> types) {
        return Enum.valueOf(types, type);
    }

    public String getType() {
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
