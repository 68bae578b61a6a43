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

    public boolean isFinished() {
        return this == SETTLED || this == UNRESOLVED || RELEASING.contains(this);
    }
}
