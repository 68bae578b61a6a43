package org.parceldesk.violation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One violation case with its timeline, as {@code GET /api/v1/violations/{caseNo}} shows it. */
public record ViolationView(
        String caseNo,
        String courierNo,
        String stationCode,
        String violationType,
        String violationTypeLabel,
        String source,
        String sourceCaseNo,
        String waybillNo,
        String description,
        Instant occurredAt,
        String status,
        String statusLabel,
        String registeredBy,
        Instant registeredAt,
        Statement statement,
        Decision decision,
        PenaltyView penalty,
        Appeal appeal,
        String outcome,
        String outcomeLabel,
        Instant closedAt,
        List<Event> timeline) {

    public record Statement(String text, String by, Instant at, boolean missed) {
    }

    public record Decision(String decision, String decisionLabel, String severity, String severityLabel, String reason,
            String decidedBy, Instant decidedAt) {
    }

    public record PenaltyView(String measure, String measureLabel, BigDecimal fineAmount, int suspensionDays, int points,
            Integer priorUpheld, Boolean supervisorApprovalRequired, String stationApprovedBy,
            Instant stationApprovedAt, String supervisorApprovedBy, Instant supervisorApprovedAt) {
    }

    public record Appeal(Instant deadline, String text, String appealedBy, Instant appealedAt, String outcome,
            String outcomeLabel, String reducedSeverity, String reason, String reviewer, Instant decidedAt) {
    }

    public record Event(Instant at, String kind, String actor, String note) {
    }

    static ViolationView of(Violation v) {
        Statement statement = v.getStatementAt() == null && !v.isStatementMissed() ? null
                : new Statement(v.getStatementText(), v.getStatementBy(), v.getStatementAt(), v.isStatementMissed());
        Decision decision = v.getDecision() == null ? null
                : new Decision(v.getDecision().name(), v.getDecision().label(), name(v.getSeverity()),
                        v.getSeverity() == null ? null : v.getSeverity().label(), v.getDecisionReason(),
                        v.getDecidedBy(), v.getDecidedAt());
        Penalty p = v.penalty();
        PenaltyView penalty = p == null ? null
                : new PenaltyView(p.measure().name(), p.measure().label(), p.fineAmount().amount(), p.suspensionDays(),
                        p.points(), v.getPriorUpheld(), v.getSupervisorRequired(), v.getStationApprovedBy(),
                        v.getStationApprovedAt(), v.getSupervisorApprovedBy(), v.getSupervisorApprovedAt());
        Appeal appeal = v.getAppealDeadline() == null ? null
                : new Appeal(v.getAppealDeadline(), v.getAppealText(), v.getAppealedBy(), v.getAppealedAt(),
                        name(v.getAppealOutcome()), v.getAppealOutcome() == null ? null : v.getAppealOutcome().label(),
                        name(v.getReducedSeverity()), v.getAppealReason(), v.getAppealReviewer(), v.getAppealDecidedAt());
        return new ViolationView(v.getCaseNo(), v.getCourierNo(), v.getStationCode(), v.getType().name(),
                v.getType().label(), v.getSource().name(), v.getSourceCaseNo(), v.getWaybillNo(), v.getDescription(),
                v.getOccurredAt(), v.getStatus().name(), v.getStatus().label(), v.getRegisteredBy(), v.getRegisteredAt(),
                statement, decision, penalty, appeal, name(v.getOutcome()),
                v.getOutcome() == null ? null : v.getOutcome().label(), v.getClosedAt(),
                v.getEvents().stream().map(e -> new Event(e.getOccurredAt(), e.getType().name(), e.getActor(), e.getDetail()))
                        .toList());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
