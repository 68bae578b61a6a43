package org.parceldesk.violation;

/**
 * Announced by a case that found a courier responsible (a complaint's investigation, a paid claim).
 * The violation module reacts after that case's step has committed and answers with
 * {@link CourierViolationRegistered} or {@link CourierReportRefused} (docs/architecture.md).
 */
public record CourierHeldResponsible(
        ViolationSource source,
        String sourceCaseNo,
        String courierNo,
        ViolationType type,
        String waybillNo,
        String description) {

    ViolationReport report() {
        return new ViolationReport(source, sourceCaseNo, courierNo, type, waybillNo, description);
    }
}
