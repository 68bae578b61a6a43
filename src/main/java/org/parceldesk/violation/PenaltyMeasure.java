package org.parceldesk.violation;

import org.parceldesk.common.EnumLabels;

/** What is done to a courier for an upheld violation, lightest first. */
public enum PenaltyMeasure {
    WARNING,
    TRAINING,
    FINE,
    SUSPENSION,
    /** Opens a review of the courier's employment; the review, not this measure, decides. */
    DISMISSAL_REVIEW;

    /**
     * The Chinese label ({@code enum.PenaltyMeasure.<CONSTANT>} in the bundles); {@code Messages.label}
     * gives the reader's language.
     */
    public String label() {
        return EnumLabels.chinese(this);
    }
}
