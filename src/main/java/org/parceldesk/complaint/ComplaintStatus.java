package org.parceldesk.complaint;

import java.util.EnumSet;
import java.util.Set;
import org.parceldesk.common.EnumLabels;

/** Where a complaint stands. The last three are final. */
public enum ComplaintStatus {
    /** Registered, acknowledged, waiting for the first contact. */
    RECEIVED,
    /** The customer was contacted; investigation under way. */
    IN_PROGRESS,
    /** More information needed from the customer; the resolution clock is paused. */
    WAITING_FOR_CUSTOMER,
    /** The resolution was sent; waiting for the satisfaction callback. */
    REPLIED,
    /** The customer was dissatisfied; a supervisor reviews the case. */
    REOPENED,
    CLOSED,
    /** Closed because the customer did not answer the satisfaction survey in time. */
    NO_RESPONSE,
    /** Closed because the customer did not send the information asked for in time. */
    ABANDONED;

    public static final Set<ComplaintStatus> FINAL = EnumSet.of(CLOSED, NO_RESPONSE, ABANDONED);

    /**
     * The Chinese label ({@code enum.ComplaintStatus.<CONSTANT>} in the bundles); {@code Messages.label}
     * gives the reader's language.
     */
    public String label() {
        return EnumLabels.chinese(this);
    }

    /**
     * Whether a complaint in this status may move to {@code next}: the steps of the process, nothing
     * else (a final status never moves again). Staying (re-entering the resolution work) is a move too.
     */
    public boolean canBecome(ComplaintStatus next) {
        return switch (this) {
            // the resolution work starts before or after the first contact
            case RECEIVED -> EnumSet.of(RECEIVED, IN_PROGRESS, WAITING_FOR_CUSTOMER, REPLIED).contains(next);
            case IN_PROGRESS -> EnumSet.of(IN_PROGRESS, WAITING_FOR_CUSTOMER, REPLIED).contains(next);
            // the customer answered (back to the work), or did not in time
            case WAITING_FOR_CUSTOMER -> EnumSet.of(RECEIVED, IN_PROGRESS, ABANDONED).contains(next);
            case REPLIED -> EnumSet.of(REOPENED, CLOSED, NO_RESPONSE).contains(next);
            case REOPENED -> EnumSet.of(IN_PROGRESS, REPLIED, CLOSED, NO_RESPONSE).contains(next);
            case CLOSED, NO_RESPONSE, ABANDONED -> false;
        };
    }
}
