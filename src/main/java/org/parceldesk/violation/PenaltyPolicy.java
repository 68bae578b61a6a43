package org.parceldesk.violation;

import java.time.Duration;
import java.util.Objects;
import org.parceldesk.common.Money;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configurable rules around the {@code violation-penalty} decision table
 * ({@code parceldesk.violation.penalty.*}).
 *
 * @param finesEnabled                 false turns every fine into training: the 2021 guidance on
 *                                     couriers' rights discourages management by fines (以罚代管),
 *                                     and a company may drop fines altogether
 * @param pointsWindow                 how far back points count towards a suspension review
 * @param suspensionReviewPoints       points inside the window that open a suspension review
 * @param supervisorApprovalFineAbove  fines strictly above this also need {@code complaint-supervisor}
 * @param repeatWindow                 how far back upheld violations count as repeats (the
 *                                     decision table's {@code priorUpheld90d} input)
 */
@ConfigurationProperties(prefix = "parceldesk.violation.penalty")
public record PenaltyPolicy(
        @DefaultValue("true") boolean finesEnabled,
        @DefaultValue("365d") Duration pointsWindow,
        @DefaultValue("12") int suspensionReviewPoints,
        @DefaultValue("200") Money supervisorApprovalFineAbove,
        @DefaultValue("90d") Duration repeatWindow) {

    public PenaltyPolicy {
        requirePositive(pointsWindow, "pointsWindow");
        requirePositive(repeatWindow, "repeatWindow");
        if (suspensionReviewPoints <= 0) {
            throw new IllegalArgumentException("suspensionReviewPoints must be positive: " + suspensionReviewPoints);
        }
        Objects.requireNonNull(supervisorApprovalFineAbove, "supervisorApprovalFineAbove");
        if (supervisorApprovalFineAbove.isNegative()) {
            throw new IllegalArgumentException(
                    "supervisorApprovalFineAbove must not be negative: " + supervisorApprovalFineAbove);
        }
    }

    /** The same values as the {@code @DefaultValue}s above, for code that runs without Spring. */
    public static PenaltyPolicy defaults() {
        return new PenaltyPolicy(true, Duration.ofDays(365), 12, Money.of("200"), Duration.ofDays(90));
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
