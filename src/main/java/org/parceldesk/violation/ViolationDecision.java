package org.parceldesk.violation;

import org.parceldesk.common.EnumLabels;

/** The inspector's finding. A cleared case never counts against the courier (浙江省快递业促进条例 art. 41). */
public enum ViolationDecision {
    UPHELD,
    CLEARED;

    /**
     * The Chinese label ({@code enum.ViolationDecision.<CONSTANT>} in the bundles); {@code Messages.label}
     * gives the reader's language.
     */
    public String label() {
        return EnumLabels.chinese(this);
    }
}
