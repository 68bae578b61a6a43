package org.parceldesk.violation;

import java.util.Objects;
import org.parceldesk.common.Money;

/**
 * The penalty for one upheld violation.
 *
 * <p>An amount belongs to a fine and days belong to a suspension, and nothing else: the checks
 * below turn a mistyped row of the decision table into a clear error instead of a courier being
 * fined while the notice says "warning".
 */
public record Penalty(PenaltyMeasure measure, Money fineAmount, int suspensionDays, int points) {

    public Penalty {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(fineAmount, "fineAmount");
        String penalty = measure + ", fine " + fineAmount + ", " + suspensionDays + " days, " + points + " points";
        if (fineAmount.isNegative() || suspensionDays < 0 || points < 0) {
            throw new IllegalArgumentException("amount, days and points must not be negative: " + penalty);
        }
        boolean hasFine = fineAmount.compareTo(Money.ZERO) > 0;
        if (hasFine != (measure == PenaltyMeasure.FINE)) {
            throw new IllegalArgumentException("a fine amount goes with FINE, and only with it: " + penalty);
        }
        boolean hasDays = suspensionDays > 0;
        if (hasDays != (measure == PenaltyMeasure.SUSPENSION)) {
            throw new IllegalArgumentException("suspension days go with SUSPENSION, and only with it: " + penalty);
        }
    }

    public static Penalty warning(int points) {
        return new Penalty(PenaltyMeasure.WARNING, Money.ZERO, 0, points);
    }

    public static Penalty training(int points) {
        return new Penalty(PenaltyMeasure.TRAINING, Money.ZERO, 0, points);
    }

    public static Penalty fine(Money amount, int points) {
        return new Penalty(PenaltyMeasure.FINE, amount, 0, points);
    }

    public static Penalty suspension(int days, int points) {
        return new Penalty(PenaltyMeasure.SUSPENSION, Money.ZERO, days, points);
    }

    public static Penalty dismissalReview(int points) {
        return new Penalty(PenaltyMeasure.DISMISSAL_REVIEW, Money.ZERO, 0, points);
    }
}
