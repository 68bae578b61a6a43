package org.parceldesk.claim;

/** Opens claim cases for other features (a complaint that found compensation is needed). */
public interface ClaimIntake {

    /**
     * Opens a claim for the shipment and starts its process, in the caller's transaction.
     * Returns the new case number, or the number of the open or paid claim on the same waybill
     * (one final claim per shipment).
     */
    String openFromComplaint(ClaimFromComplaint request);
}
