package org.parceldesk.violation;

/**
 * How grave a violation is, as decided by the inspector. Each grade carries the points it adds to
 * the courier's ledger; the {@code violation-penalty} decision table gives the same points, and its
 * test holds the two together.
 */
public enum Severity {
    MINOR("轻微", 1),
    MODERATE("一般", 3),
    SERIOUS("严重", 6),
    SEVERE("特别严重", 12);

    private final String label;
    private final int defaultPoints;

    Severity(String label, int defaultPoints) {
        this.label = label;
        this.defaultPoints = defaultPoints;
    }

    public String label() {
        return label;
    }

    public int defaultPoints() {
        return defaultPoints;
    }
}
