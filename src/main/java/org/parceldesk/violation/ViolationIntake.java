package org.parceldesk.violation;

/**
 * Registers the violation case that a complaint or a claim asked for with {@link CourierHeldResponsible};
 * other modules announce that event instead of calling this (docs/architecture.md).
 */
public interface ViolationIntake {

    /**
     * Registers a violation and starts its process, in the caller's transaction. Returns the new
     * case number, or the existing one when the same courier, type and waybill is already registered.
     */
    String register(ViolationReport report);
}
