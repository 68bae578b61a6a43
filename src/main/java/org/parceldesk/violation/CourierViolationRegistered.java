package org.parceldesk.violation;

/** The violation case registered for a {@link CourierHeldResponsible} (new, or the existing repeat). */
public record CourierViolationRegistered(ViolationSource source, String sourceCaseNo, String violationCaseNo) {
}
