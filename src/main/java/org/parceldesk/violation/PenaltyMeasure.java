package org.parceldesk.violation;

/** What is done to a courier for an upheld violation, lightest first. */
public enum PenaltyMeasure {
    WARNING("警告"),
    TRAINING("培训"),
    FINE("罚款"),
    SUSPENSION("停岗"),
    /** Opens a review of the courier's employment; the review, not this measure, decides. */
    DISMISSAL_REVIEW("解聘评审");

    private final String label;

    PenaltyMeasure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
