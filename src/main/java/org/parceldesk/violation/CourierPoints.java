package org.parceldesk.violation;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * A courier's points over the rolling window of the {@link PenaltyPolicy}, and whether a new
 * penalty should open a suspension review (default: 12 points in 365 days).
 */
final class CourierPoints {

    private final PenaltyPolicy policy;

    public CourierPoints(PenaltyPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Sums the points of entries that are not cleared and were booked after {@code now} minus the
     * window. An entry exactly one window old has aged out. An entry stamped slightly after
     * {@code now} still counts: clocks of cluster nodes differ, and points must not vanish.
     */
    public int total(Collection<PointsLedgerEntry> entries, Instant now) {
        Instant windowStart = now.minus(policy.pointsWindow());
        return entries.stream()
                .filter(entry -> !entry.cleared())
                .filter(entry -> entry.bookedAt().isAfter(windowStart))
                .mapToInt(PointsLedgerEntry::points)
                .sum();
    }

    /**
     * True only when the total crosses the threshold, so that one review opens per crossing and
     * a courier already above it is not reviewed again for every further point. Compute both totals
     * at the same instant, before and after booking the new entry. A courier whose old points aged
     * out below the threshold and who reaches it again is reviewed again.
     */
    public boolean reachesSuspensionReview(int previousTotal, int newTotal) {
        int threshold = policy.suspensionReviewPoints();
        return previousTotal < threshold && newTotal >= threshold;
    }
}
