package org.parceldesk.violation;

import org.parceldesk.common.EnumLabels;

/** How a closed case ended, as booked on the courier's ledger. */
public enum ViolationOutcome {
    /** Upheld, with no appeal or an appeal that kept the penalty. */
    UPHELD(false),
    /** Upheld, with a penalty lowered on appeal. */
    REDUCED(false),
    /** Cleared by the inspector. */
    CLEARED(true),
    /** Upheld, then cleared on appeal. */
    CANCELLED(true);

    private final boolean cleared;

    ViolationOutcome(boolean cleared) {
        this.cleared = cleared;
    }

    /**
     * The Chinese label ({@code enum.ViolationOutcome.<CONSTANT>} in the bundles); {@code Messages.label}
     * gives the reader's language.
     */
    public String label() {
        return EnumLabels.chinese(this);
    }

    /** True when the courier carries nothing for the case. */
    public boolean cleared() {
        return cleared;
    }
}
