package org.parceldesk.violation;

/** How a closed case ended, as booked on the courier's ledger. */
public enum ViolationOutcome {
    /** Upheld, with no appeal or an appeal that kept the penalty. */
    UPHELD("成立", false),
    /** Upheld, with a penalty lowered on appeal. */
    REDUCED("成立(申诉减轻)", false),
    /** Cleared by the inspector. */
    CLEARED("不成立", true),
    /** Upheld, then cleared on appeal. */
    CANCELLED("申诉撤销", true);

    private final String label;
    private final boolean cleared;

    ViolationOutcome(String label, boolean cleared) {
        this.label = label;
        this.cleared = cleared;
    }

    public String label() {
        return label;
    }

    /** True when the courier carries nothing for the case. */
    public boolean cleared() {
        return cleared;
    }
}
