package org.parceldesk.violation;

/** What the appeal reviewer decided: keep the penalty, lower the severity, or clear the courier. */
public enum AppealOutcome {
    UPHELD("维持"),
    /** The severity is lowered and the decision table gives the (lighter) penalty again. */
    REDUCED("减轻"),
    /** The violation is cleared on appeal: nothing is booked against the courier. */
    CANCELLED("撤销");

    private final String label;

    AppealOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
