package org.parceldesk.violation;

/** What a complaint supervisor decides when a courier reaches the suspension-review points. */
public enum SuspensionReviewOutcome {
    NO_ACTION("不处理"),
    TRAINING("培训后上岗"),
    SUSPENSION("停岗"),
    DISMISSAL_REVIEW("转解聘评审");

    private final String label;

    SuspensionReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
