package org.parceldesk.complaint;

import java.util.EnumSet;
import java.util.Set;

/** Where a complaint stands. The last three are final. */
public enum ComplaintStatus {
    /** Registered, acknowledged, waiting for the first contact. */
    RECEIVED("已受理"),
    /** The customer was contacted; investigation under way. */
    IN_PROGRESS("处理中"),
    /** More information needed from the customer; the resolution clock is paused. */
    WAITING_FOR_CUSTOMER("待客户补充"),
    /** The resolution was sent; waiting for the satisfaction callback. */
    REPLIED("已答复"),
    /** The customer was dissatisfied; a supervisor reviews the case. */
    REOPENED("重新处理"),
    CLOSED("已办结"),
    /** Closed because the customer did not answer the satisfaction survey in time. */
    NO_RESPONSE("已办结(未回访)"),
    /** Closed because the customer did not send the information asked for in time. */
    ABANDONED("已撤销(客户未补充)");

    public static final Set<ComplaintStatus> FINAL = EnumSet.of(CLOSED, NO_RESPONSE, ABANDONED);

    private final String label;

    ComplaintStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
