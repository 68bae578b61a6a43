package org.parceldesk.violation;

import java.time.Instant;

/** A line of {@code GET /api/v1/violations}. */
record ViolationSummary(String caseNo, String courierNo, String stationCode, String violationType,
        String violationTypeLabel, String source, String waybillNo, String status, String statusLabel,
        String decision, String severity, String measure, Integer points, String outcome, Instant registeredAt,
        Instant closedAt) {

    static ViolationSummary of(Violation v) {
        Penalty penalty = v.penalty();
        return new ViolationSummary(v.getCaseNo(), v.getCourierNo(), v.getStationCode(), v.getType().name(),
                v.getType().label(), v.getSource().name(), v.getWaybillNo(), v.getStatus().name(),
                v.getStatus().label(), v.getDecision() == null ? null : v.getDecision().name(),
                v.getSeverity() == null ? null : v.getSeverity().name(),
                penalty == null ? null : penalty.measure().name(), penalty == null ? null : penalty.points(),
                v.getOutcome() == null ? null : v.getOutcome().name(), v.getRegisteredAt(), v.getClosedAt());
    }
}
