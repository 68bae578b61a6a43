package org.parceldesk.violation;

/** Where a violation case stands; the process moves it, the API shows it. */
public enum ViolationStatus {
    /** Registered; the courier (or their station manager) may give a statement. */
    AWAITING_STATEMENT("待申辩"),
    /** With an inspector, who upholds or clears it. */
    UNDER_REVIEW("待裁定"),
    /** Upheld; the penalty waits for the station manager (and above the limits, a supervisor). */
    AWAITING_APPROVAL("待审批"),
    /** Decision notified; the courier may appeal until the deadline. */
    APPEAL_OPEN("申诉期"),
    /** Appealed; an inspector other than the decider reviews it. */
    APPEAL_REVIEW("申诉复核"),
    CLOSED("已结案");

    private final String label;

    ViolationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
