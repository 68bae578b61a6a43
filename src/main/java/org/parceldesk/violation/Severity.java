package org.parceldesk.violation;

import org.parceldesk.common.EnumLabels;

/**
 * How grave a violation is, as decided by the inspector. Each grade carries the points it adds to
 * the courier's ledger; the {@code violation-penalty} decision table gives the same points, and its
 * test holds the two together.
 */
public enum Severity {
    MINOR(1),
    MODERATE(3),
    SERIOUS(6),
    SEVERE(12);

    private final int defaultPoints;

    Severity(int defaultPoints) {
        this.defaultPoints = defaultPoints;
    }

    /**
     * The Chinese label ({@code enum.Severity.<CONSTANT>} in the bundles); {@code Messages.label}
     * gives the reader's language.
     */
    public String label() {
        return EnumLabels.chinese(this);
    }

    public int defaultPoints() {
        return defaultPoints;
    }
}
