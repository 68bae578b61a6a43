package org.parceldesk.violation;

/** A suspected violation as another feature reports it. */
public record ViolationReport(
        ViolationSource source,
        String sourceCaseNo,
        String courierNo,
        ViolationType type,
        String waybillNo,
        String description) {
}
