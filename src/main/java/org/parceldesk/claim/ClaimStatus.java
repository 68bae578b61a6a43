package org.parceldesk.claim;

import java.util.EnumSet;
import java.util.Set;

/** Where a claim stands. Every status but TIME_BARRED and ABANDONED makes the claim the final one of its waybill. */
public enum ClaimStatus {
    /** Registered, being validated. */
    REGISTERED,
    /** Waiting for the customer's photos, invoice or value proof. */
    COLLECTING_EVIDENCE,
    /** A claims handler assesses liability and loss. */
    ASSESSING,
    /** Waiting for the supervisor's (and the manager's) approval. */
    AWAITING_APPROVAL,
    /** The offer is with the customer: accept or dispute. */
    OFFERED,
    /** The customer accepted; payment and recovery follow. */
    ACCEPTED,
    /** Settled: paid (or a zero payout accepted) and closed. */
    SETTLED,
    /**
     * The supervisor closed the claim with the last offer standing: the customer kept disputing (close
     * reason UNRESOLVED) or never answered the offer (OFFER_UNANSWERED).
     */
    UNRESOLVED,
    /** Filed more than the claim window after shipping (邮政法 art. 49): rejected. */
    TIME_BARRED,
    /** No evidence within the evidence period: abandoned. */
    ABANDONED;

    /** Statuses that no longer hold the waybill: a new claim may be filed. */
    static final Set<ClaimStatus> RELEASING = EnumSet.of(TIME_BARRED, ABANDONED);

    /**
     * Whether a claim in this status may move to {@code next}: the steps of the process
     * (processes/claim-compensation.bpmn), nothing else; a finished claim never moves again.
     */
    public boolean canBecome(ClaimStatus next) {
        return switch (this) {
            case REGISTERED -> EnumSet.of(COLLECTING_EVIDENCE, TIME_BARRED).contains(next);
            case COLLECTING_EVIDENCE -> EnumSet.of(ASSESSING, ABANDONED).contains(next);
            // below the automatic limit the offer follows the assessment directly
            case ASSESSING -> EnumSet.of(AWAITING_APPROVAL, OFFERED).contains(next);
            // the manager's task after the supervisor's; a return goes back to assessment
            case AWAITING_APPROVAL -> EnumSet.of(AWAITING_APPROVAL, ASSESSING, OFFERED).contains(next);
            // a dispute is assessed again, or closed by the supervisor with the offer standing
            case OFFERED -> EnumSet.of(ACCEPTED, ASSESSING, UNRESOLVED).contains(next);
            case ACCEPTED -> next == SETTLED;
            case SETTLED, UNRESOLVED, TIME_BARRED, ABANDONED -> false;
        };
    }

    public boolean isFinished() {
        return this == SETTLED || this == UNRESOLVED || RELEASING.contains(this);
    }
}
