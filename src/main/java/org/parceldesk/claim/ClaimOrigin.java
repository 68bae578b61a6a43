package org.parceldesk.claim;

/** How a claim reached ParcelDesk. */
public enum ClaimOrigin {
    /** Filed by the customer in the public portal. */
    PORTAL,
    /** Sent by a platform or the hotline system through the API. */
    API,
    /** Opened by a complaint whose investigation found compensation is needed. */
    COMPLAINT
}
