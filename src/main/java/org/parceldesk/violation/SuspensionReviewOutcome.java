package org.parceldesk.violation;

import org.parceldesk.common.EnumLabels;

/** What a complaint supervisor decides when a courier reaches the suspension-review points. */
public enum SuspensionReviewOutcome {
    NO_ACTION,
    TRAINING,
    SUSPENSION,
    DISMISSAL_REVIEW;

    /**
     * The Chinese label ({@code enum.SuspensionReviewOutcome.<CONSTANT>} in the bundles); {@code Messages.label}
     * gives the reader's language.
     */
    public String label() {
        return EnumLabels.chinese(this);
    }
}
