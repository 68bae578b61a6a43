package org.parceldesk.violation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parceldesk.common.Money;

class CourierPointsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T04:00:00Z");
    private static final Duration YEAR = Duration.ofDays(365);

    private final CourierPoints points = new CourierPoints(PenaltyPolicy.defaults());

    @Test
    void sumsTheEntriesInsideTheWindow() {
        List<PointsLedgerEntry> ledger = List.of(
                upheld(NOW.minus(Duration.ofDays(10)), 3),
                upheld(NOW.minus(Duration.ofDays(200)), 6),
                upheld(NOW.minus(Duration.ofDays(400)), 12));

        assertThat(points.total(ledger, NOW)).isEqualTo(9);
    }

    @Test
    void anEntryExactlyOneWindowOldHasAgedOut() {
        assertThat(points.total(List.of(upheld(NOW.minus(YEAR), 6)), NOW)).isZero();
    }

    @Test
    void anEntryOneSecondInsideTheWindowStillCounts() {
        assertThat(points.total(List.of(upheld(NOW.minus(YEAR).plusSeconds(1), 6)), NOW)).isEqualTo(6);
    }

    @Test
    void anEntryStampedJustAfterNowCounts() {
        assertThat(points.total(List.of(upheld(NOW.plusMillis(5), 3)), NOW)).isEqualTo(3);
    }

    @Test
    void clearedEntriesNeverCount() {
        List<PointsLedgerEntry> ledger = List.of(
                new PointsLedgerEntry(NOW.minus(Duration.ofDays(1)), 12, true),
                new PointsLedgerEntry(NOW, 6, true),
                upheld(NOW.minus(Duration.ofDays(30)), 1));

        assertThat(points.total(ledger, NOW)).isEqualTo(1);
    }

    @Test
    void anEmptyLedgerHasNoPoints() {
        assertThat(points.total(List.of(), NOW)).isZero();
    }

    @Test
    void theWindowComesFromThePolicy() {
        CourierPoints monthly = new CourierPoints(
                new PenaltyPolicy(true, Duration.ofDays(30), 12, Money.of("200"), Duration.ofDays(90)));
        List<PointsLedgerEntry> ledger = List.of(
                upheld(NOW.minus(Duration.ofDays(29)), 3),
                upheld(NOW.minus(Duration.ofDays(31)), 6));

        assertThat(monthly.total(ledger, NOW)).isEqualTo(3);
    }

    @Test
    void reachingOrPassingTheThresholdOpensTheReview() {
        assertThat(points.reachesSuspensionReview(11, 12)).isTrue();
        assertThat(points.reachesSuspensionReview(6, 18)).isTrue();
        assertThat(points.reachesSuspensionReview(0, 12)).isTrue();
    }

    @Test
    void stayingBelowTheThresholdDoesNot() {
        assertThat(points.reachesSuspensionReview(0, 11)).isFalse();
        assertThat(points.reachesSuspensionReview(11, 11)).isFalse();
    }

    @Test
    void aCourierAlreadyAtOrAboveTheThresholdIsNotReviewedAgain() {
        assertThat(points.reachesSuspensionReview(12, 13)).isFalse();
        assertThat(points.reachesSuspensionReview(18, 30)).isFalse();
    }

    @Test
    void theReviewOpensOnceAsPointsPileUp() {
        List<PointsLedgerEntry> ledger = new ArrayList<>();
        int reviews = 0;
        for (int step = 0; step < 6; step++) {
            Instant at = NOW.minus(Duration.ofDays(100 - step * 10L));
            int before = points.total(ledger, at);
            ledger.add(upheld(at, 3));
            if (points.reachesSuspensionReview(before, points.total(ledger, at))) {
                reviews++;
            }
        }

        assertThat(points.total(ledger, NOW)).isEqualTo(18);
        assertThat(reviews).isEqualTo(1);
    }

    @Test
    void aCourierWhosePointsAgedOutIsReviewedAgainOnReachingTheThresholdAgain() {
        List<PointsLedgerEntry> ledger = new ArrayList<>(List.of(upheld(NOW.minus(Duration.ofDays(400)), 12)));
        int before = points.total(ledger, NOW);
        ledger.add(upheld(NOW, 12));

        assertThat(points.reachesSuspensionReview(before, points.total(ledger, NOW))).isTrue();
    }

    @Test
    void theThresholdComesFromThePolicy() {
        CourierPoints lenient = new CourierPoints(
                new PenaltyPolicy(true, YEAR, 24, Money.of("200"), Duration.ofDays(90)));

        assertThat(lenient.reachesSuspensionReview(6, 12)).isFalse();
        assertThat(lenient.reachesSuspensionReview(18, 24)).isTrue();
    }

    private static PointsLedgerEntry upheld(Instant bookedAt, int points) {
        return new PointsLedgerEntry(bookedAt, points, false);
    }
}
