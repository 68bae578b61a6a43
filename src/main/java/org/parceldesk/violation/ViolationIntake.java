package org.parceldesk.violation;

/** Registers violation cases for other features (a complaint or a claim that found a courier at fault). */
public interface ViolationIntake {

    /**
     * Registers a violation and starts its process, in the caller's transaction. Returns the new
     * case number, or the existing one when the same courier, type and waybill is already registered.
     */
    String register(ViolationReport report);
}
