package org.parceldesk.sla;

import java.util.Collection;

/**
 * A name that no SLA definition has: a process model (or code) refers to an SLA that is not
 * configured under {@code parceldesk.sla.definitions}. A design error, so the step fails with the
 * name and the known names rather than running without a deadline.
 */
class UnknownSlaException extends IllegalArgumentException {

    private final String slaName;

    UnknownSlaException(String slaName, Collection<String> known) {
        super("Unknown SLA '" + slaName + "': it is not defined under parceldesk.sla.definitions"
                + " (defined: " + String.join(", ", known) + ")");
        this.slaName = slaName;
    }

    public String slaName() {
        return slaName;
    }
}
