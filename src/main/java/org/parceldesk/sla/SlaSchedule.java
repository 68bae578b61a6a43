package org.parceldesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Works out when an SLA warns and when it is due.
 *
 * <p>The SLA runs for {@code duration + peakSeasonExtension}; the warning comes when
 * {@code warningFraction} of that has been used. Time spent paused (waiting for the customer) did
 * not count, so it moves both instants later. Everything is counted in the SLA's mode, so for
 * {@link SlaMode#BUSINESS} the caller measures the pause in business time too
 * ({@link BusinessCalendar#businessTimeBetween}).
 *
 * <p>What the customer was promised is fixed at acknowledgment; recomputing with a new extension or
 * pause is for internal deadlines only.
 */
final class SlaSchedule {

    private final BusinessCalendar calendar;

    public SlaSchedule(BusinessCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * @param duration            the configured SLA, counted in {@code mode}
     * @param warningFraction     share of the SLA after which to warn, above 0 and at most 1 (e.g. 0.75)
     * @param pausedSoFar         total time the SLA clock was stopped, in {@code mode}; zero if never
     * @param peakSeasonExtension extra time granted in a peak season (双11, 618); zero outside one
     */
    public Deadlines deadlines(SlaMode mode, Instant start, Duration duration, double warningFraction,
                               Duration pausedSoFar, Duration peakSeasonExtension) {
        Objects.requireNonNull(mode, "mode");
        requireNotNegative(duration, "duration");
        requireNotNegative(pausedSoFar, "pausedSoFar");
        requireNotNegative(peakSeasonExtension, "peakSeasonExtension");
        if (!(warningFraction > 0 && warningFraction <= 1)) {
            throw new IllegalArgumentException("warningFraction must be in (0, 1]: " + warningFraction);
        }
        Duration allowed = duration.plus(peakSeasonExtension);
        Duration untilWarning = Duration.ofNanos(Math.round(allowed.toNanos() * warningFraction));
        return new Deadlines(
                add(mode, start, untilWarning.plus(pausedSoFar)),
                add(mode, start, allowed.plus(pausedSoFar)));
    }

    private Instant add(SlaMode mode, Instant start, Duration amount) {
        return switch (mode) {
            case CALENDAR -> calendar.addCalendarTime(start, amount);
            case BUSINESS -> calendar.addBusinessTime(start, amount);
        };
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + duration);
        }
    }

    /** When to warn and when the SLA is breached. */
    public record Deadlines(Instant warningAt, Instant dueAt) {
    }
}
