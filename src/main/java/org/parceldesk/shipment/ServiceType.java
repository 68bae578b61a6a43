package org.parceldesk.shipment;

/** Service level of a shipment; it decides the total-delay limit of a claim. */
public enum ServiceType {
    SAME_CITY,
    DOMESTIC,
    INTERNATIONAL
}
