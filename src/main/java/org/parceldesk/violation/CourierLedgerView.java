package org.parceldesk.violation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A courier's ledger for the API: points inside the rolling window, fines in the same window,
 * every booked case (cleared ones flagged as not counting), suspension reviews and open cases.
 */
public record CourierLedgerView(
        String courierNo,
        String stationCode,
        String courierStatus,
        int points,
        int suspensionReviewPoints,
        long pointsWindowDays,
        BigDecimal finesInWindow,
        long countedCases,
        long clearedCases,
        List<Entry> entries,
        List<Review> suspensionReviews,
        List<String> openCases) {

    public record Entry(String caseNo, String violationType, String violationTypeLabel, String outcome,
            String outcomeLabel, String measure, String measureLabel, BigDecimal fineAmount, int suspensionDays,
            int points, boolean cleared, boolean countsNow, Instant bookedAt) {

        static Entry of(CourierLedgerEntry entry, Instant windowStart) {
            return new Entry(entry.getCaseNo(), entry.getType().name(), entry.getType().label(),
                    entry.getOutcome().name(), entry.getOutcome().label(),
                    entry.getMeasure() == null ? null : entry.getMeasure().name(),
                    entry.getMeasure() == null ? null : entry.getMeasure().label(),
                    entry.getFineAmount().amount(), entry.getSuspensionDays(), entry.getPoints(), entry.isCleared(),
                    !entry.isCleared() && entry.getBookedAt().isAfter(windowStart), entry.getBookedAt());
        }
    }

    public record Review(String caseNo, int points, Instant openedAt, String outcome, String reviewedBy,
            Instant reviewedAt) {

        static Review of(CourierLedgerReview review) {
            return new Review(review.getCaseNo(), review.getPoints(), review.getOpenedAt(),
                    review.getOutcome() == null ? null : review.getOutcome().name(), review.getReviewedBy(),
                    review.getReviewedAt());
        }
    }
}
