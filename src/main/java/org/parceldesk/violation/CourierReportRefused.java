package org.parceldesk.violation;

/**
 * The violation module's rules refused a {@link CourierHeldResponsible} (courier unknown, SUSPENDED or
 * LEFT, waybill unknown); {@code reason} is the refusal's text. The reporting case keeps it visible.
 */
public record CourierReportRefused(ViolationSource source, String sourceCaseNo, String courierNo,
        ViolationType type, String reason) {
}
