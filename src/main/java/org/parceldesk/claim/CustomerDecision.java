package org.parceldesk.claim;

/** The customer's answer to an offer. */
public enum CustomerDecision {
    ACCEPT,
    DISPUTE
}
