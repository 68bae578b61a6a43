package org.parceldesk.violation;

import org.parceldesk.common.EnumLabels;

/** What the appeal reviewer decided: keep the penalty, lower the severity, or clear the courier. */
public enum AppealOutcome {
    UPHELD,
    /** The severity is lowered and the decision table gives the (lighter) penalty again. */
    REDUCED,
    /** The violation is cleared on appeal: nothing is booked against the courier. */
    CANCELLED;

    /**
     * The Chinese label ({@code enum.AppealOutcome.<CONSTANT>} in the bundles); {@code Messages.label}
     * gives the reader's language.
     */
    public String label() {
        return EnumLabels.chinese(this);
    }
}
