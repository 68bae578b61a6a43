package org.parceldesk.claim;

/** How the customer answered an offer. */
public enum ConfirmationChannel {
    PORTAL,
    PHONE
}
