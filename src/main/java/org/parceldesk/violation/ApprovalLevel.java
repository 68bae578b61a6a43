package org.parceldesk.violation;

import org.parceldesk.common.EnumLabels;

/** Who approves a penalty: the courier's station manager always, a complaint supervisor above the limits. */
public enum ApprovalLevel {
    STATION_MANAGER,
    SUPERVISOR;

    /**
     * The Chinese label ({@code enum.ApprovalLevel.<CONSTANT>} in the bundles); {@code Messages.label}
     * gives the reader's language.
     */
    public String label() {
        return EnumLabels.chinese(this);
    }
}
