package org.parceldesk.violation;

import java.time.Instant;
import java.util.Objects;

/**
 * Points booked on a courier's ledger for one violation.
 *
 * @param bookedAt when the penalty was applied; the rolling window is measured from here
 * @param points   points added
 * @param cleared  true once the violation was cleared (e.g. on appeal): a courier found not at
 *                 fault carries nothing for it (浙江省快递业促进条例 art. 41)
 */
public record PointsLedgerEntry(Instant bookedAt, int points, boolean cleared) {

    public PointsLedgerEntry {
        Objects.requireNonNull(bookedAt, "bookedAt");
        if (points < 0) {
            throw new IllegalArgumentException("points must not be negative: " + points);
        }
    }
}
