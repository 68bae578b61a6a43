package org.parceldesk.violation;

import org.parceldesk.common.EnumLabels;

/** Where a violation case stands; the process moves it, the API shows it. */
public enum ViolationStatus {
    /** Registered; the courier (or their station manager) may give a statement. */
    AWAITING_STATEMENT,
    /** With an inspector, who upholds or clears it. */
    UNDER_REVIEW,
    /** Upheld; the penalty waits for the station manager (and above the limits, a supervisor). */
    AWAITING_APPROVAL,
    /** Decision notified; the courier may appeal until the deadline. */
    APPEAL_OPEN,
    /** Appealed; an inspector other than the decider reviews it. */
    APPEAL_REVIEW,
    CLOSED;

    /**
     * The Chinese label ({@code enum.ViolationStatus.<CONSTANT>} in the bundles); {@code Messages.label}
     * gives the reader's language.
     */
    public String label() {
        return EnumLabels.chinese(this);
    }
}
