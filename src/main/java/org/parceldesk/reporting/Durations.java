package org.parceldesk.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Average and 90th percentile of durations, in hours or days with one decimal. */
final class Durations {

    private final long[] seconds;

    private Durations(long[] seconds) {
        this.seconds = seconds;
    }

    static Durations between(List<Instant[]> pairs) {
        return new Durations(pairs.stream().filter(p -> p[0] != null && p[1] != null)
                .mapToLong(p -> Duration.between(p[0], p[1]).getSeconds()).sorted().toArray());
    }

    int size() {
        return seconds.length;
    }

    BigDecimal averageHours() {
        return average(3600);
    }

    BigDecimal averageDays() {
        return average(86400);
    }

    /** Nearest-rank 90th percentile: the smallest value that at least 90 % of the cases do not exceed. */
    BigDecimal p90Hours() {
        if (seconds.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(0.9 * seconds.length);
        return BigDecimal.valueOf(seconds[rank - 1]).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
    }

    private BigDecimal average(long unit) {
        if (seconds.length == 0) {
            return null;
        }
        long total = 0;
        for (long s : seconds) {
            total += s;
        }
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(unit * seconds.length), 1, RoundingMode.HALF_UP);
    }
}
