package org.parceldesk.violation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.parceldesk.common.Money;
import org.parceldesk.common.StepRefused;

/**
 * A courier violation case (违规, case number {@code WG…}) from registration to closing.
 *
 * <p>The methods are the steps of the case; each checks that the case is in the state the step
 * belongs to and writes a timeline event, so that the case explains itself whichever client
 * (the process, the API, a report) reads it.
 */
@Entity
public class Violation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_no")
    private String caseNo;
    @Column(name = "courier_no")
    private String courierNo;
    @Column(name = "station_code")
    private String stationCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "violation_type")
    private ViolationType type;
    @Enumerated(EnumType.STRING)
    private ViolationSource source;
    @Column(name = "source_case_no")
    private String sourceCaseNo;
    @Column(name = "waybill_no")
    private String waybillNo;
    private String description;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "dedupe_key")
    private String dedupeKey;

    @Enumerated(EnumType.STRING)
    private ViolationStatus status;
    @Column(name = "registered_by")
    private String registeredBy;
    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "statement_text")
    private String statementText;
    @Column(name = "statement_by")
    private String statementBy;
    @Column(name = "statement_at")
    private Instant statementAt;
    @Column(name = "statement_missed")
    private boolean statementMissed;

    @Enumerated(EnumType.STRING)
    private ViolationDecision decision;
    @Enumerated(EnumType.STRING)
    private Severity severity;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "prior_upheld")
    private Integer priorUpheld;
    @Enumerated(EnumType.STRING)
    @Column(name = "penalty_measure")
    private PenaltyMeasure penaltyMeasure;
    @Column(name = "fine_amount")
    private BigDecimal fineAmount;
    @Column(name = "suspension_days")
    private Integer suspensionDays;
    private Integer points;
    @Column(name = "supervisor_required")
    private Boolean supervisorRequired;
    @Column(name = "station_approved_by")
    private String stationApprovedBy;
    @Column(name = "station_approved_at")
    private Instant stationApprovedAt;
    @Column(name = "supervisor_approved_by")
    private String supervisorApprovedBy;
    @Column(name = "supervisor_approved_at")
    private Instant supervisorApprovedAt;

    @Column(name = "appeal_deadline")
    private Instant appealDeadline;
    @Column(name = "appeal_text")
    private String appealText;
    @Column(name = "appealed_by")
    private String appealedBy;
    @Column(name = "appealed_at")
    private Instant appealedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome")
    private AppealOutcome appealOutcome;
    @Enumerated(EnumType.STRING)
    @Column(name = "reduced_severity")
    private Severity reducedSeverity;
    @Column(name = "appeal_reason")
    private String appealReason;
    @Column(name = "appeal_reviewer")
    private String appealReviewer;
    @Column(name = "appeal_decided_at")
    private Instant appealDecidedAt;

    @Enumerated(EnumType.STRING)
    private ViolationOutcome outcome;
    @Column(name = "closed_at")
    private Instant closedAt;
    /** Optimistic lock: two steps that changed the same case at once cannot both win silently. */
    @Version
    private long version;

    @OneToMany(mappedBy = "violation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("entry.occurredAt, id")
    private List<ViolationEvent> events = new ArrayList<>();

    protected Violation() {
    }

    Violation(String caseNo, String courierNo, String stationCode, ViolationType type, ViolationSource source,
            String sourceCaseNo, String waybillNo, String description, Instant occurredAt, String dedupeKey,
            String registeredBy, Instant now) {
        this.caseNo = Objects.requireNonNull(caseNo, "caseNo");
        this.courierNo = Objects.requireNonNull(courierNo, "courierNo");
        this.stationCode = Objects.requireNonNull(stationCode, "stationCode");
        this.type = Objects.requireNonNull(type, "type");
        this.source = Objects.requireNonNull(source, "source");
        this.sourceCaseNo = sourceCaseNo;
        this.waybillNo = waybillNo;
        this.description = description;
        this.occurredAt = occurredAt;
        this.dedupeKey = dedupeKey;
        this.registeredBy = Objects.requireNonNull(registeredBy, "registeredBy");
        this.registeredAt = Objects.requireNonNull(now, "now");
        this.status = ViolationStatus.AWAITING_STATEMENT;
        record(ViolationEventType.REGISTERED, now, registeredBy, source + (sourceCaseNo == null ? "" : " " + sourceCaseNo));
    }

    void recordNotice(String note, Instant now) {
        record(ViolationEventType.NOTIFIED, now, null, note);
    }

    void giveStatement(String text, String by, Instant now) {
        requireStatus(ViolationStatus.AWAITING_STATEMENT);
        this.statementText = requireText(text, "statementText", "violation.refused.statement-needs-text");
        this.statementBy = by;
        this.statementAt = now;
        this.status = ViolationStatus.UNDER_REVIEW;
        record(ViolationEventType.STATEMENT_GIVEN, now, by, null);
    }

    void statementMissed(Instant now) {
        requireStatus(ViolationStatus.AWAITING_STATEMENT);
        this.statementMissed = true;
        this.status = ViolationStatus.UNDER_REVIEW;
        record(ViolationEventType.STATEMENT_MISSED, now, null, null);
    }

    void decide(ViolationDecision decision, Severity severity, String reason, String by, Instant now) {
        requireStatus(ViolationStatus.UNDER_REVIEW);
        Objects.requireNonNull(decision, "decision");
        if (by == null || by.isBlank()) {
            throw StepRefused.notAllowed(null, "violation.refused.decider-unknown");
        }
        if (decision == ViolationDecision.UPHELD && severity == null) {
            throw StepRefused.badInput("severity", "violation.refused.severity-required");
        }
        this.decisionReason = requireText(reason, "decisionReason", "violation.refused.decision-needs-reason");
        this.decision = decision;
        this.severity = decision == ViolationDecision.UPHELD ? severity : null;
        this.decidedBy = by;
        this.decidedAt = now;
        clearPenalty();
        record(ViolationEventType.DECIDED, now, by,
                decision + (this.severity == null ? "" : " " + this.severity));
        if (decision == ViolationDecision.UPHELD) {
            this.status = ViolationStatus.AWAITING_APPROVAL;
        }
    }

    void proposePenalty(int priorUpheld, Penalty penalty, boolean supervisorRequired, Instant now) {
        requireStatus(ViolationStatus.AWAITING_APPROVAL);
        this.priorUpheld = priorUpheld;
        setPenalty(penalty);
        this.supervisorRequired = supervisorRequired;
        record(ViolationEventType.PENALTY_PROPOSED, now, null,
                describe(penalty) + ", prior " + priorUpheld + (supervisorRequired ? ", supervisor approval" : ""));
    }

    void approve(ApprovalLevel level, String by, String comment, Instant now) {
        requireStatus(ViolationStatus.AWAITING_APPROVAL);
        if (penaltyMeasure == null) {
            throw new IllegalStateException("case " + caseNo + " has no penalty to approve");
        }
        if (level == ApprovalLevel.SUPERVISOR && !Boolean.TRUE.equals(supervisorRequired)) {
            throw StepRefused.notAllowed(null, "violation.refused.no-supervisor-approval", caseNo);
        }
        if (level == ApprovalLevel.SUPERVISOR && by != null && by.equals(stationApprovedBy)) {
            throw StepRefused.notAllowed(null, "violation.refused.supervisor-is-station-approver");
        }
        if (level == ApprovalLevel.STATION_MANAGER) {
            stationApprovedBy = by;
            stationApprovedAt = now;
        } else {
            supervisorApprovedBy = by;
            supervisorApprovedAt = now;
        }
        record(ViolationEventType.APPROVED, now, by,
                level + (comment == null || comment.isBlank() ? "" : ": " + comment));
    }

    /** A refused penalty goes back to an inspector, who decides again (and may clear the courier). */
    void rejectPenalty(ApprovalLevel level, String by, String comment, Instant now) {
        requireStatus(ViolationStatus.AWAITING_APPROVAL);
        String why = requireText(comment, "approvalComment", "violation.refused.rejection-needs-reason");
        record(ViolationEventType.PENALTY_REJECTED, now, by, level + ": " + why);
        this.status = ViolationStatus.UNDER_REVIEW;
        this.decision = null;
        this.severity = null;
        clearPenalty();
    }

    /** The decision goes out only with its approvals: the station's, and the supervisor's when policy requires it. */
    void openAppealWindow(Instant deadline, Instant now) {
        requireStatus(ViolationStatus.AWAITING_APPROVAL);
        if (stationApprovedBy == null || (Boolean.TRUE.equals(supervisorRequired) && supervisorApprovedBy == null)) {
            throw StepRefused.notAllowed(null, Boolean.TRUE.equals(supervisorRequired)
                    ? "violation.refused.approvals-missing-supervisor" : "violation.refused.approvals-missing", caseNo);
        }
        this.appealDeadline = Objects.requireNonNull(deadline, "deadline");
        this.status = ViolationStatus.APPEAL_OPEN;
        record(ViolationEventType.APPEAL_WINDOW_OPENED, now, null, "deadline " + deadline);
    }

    /** An appeal arriving after the deadline is refused even if the timer has not fired yet. */
    void appeal(String text, String by, Instant now) {
        requireAppealWindowOpen(now);
        this.appealText = requireText(text, "appealText", "violation.refused.appeal-needs-text");
        this.appealedBy = by;
        this.appealedAt = now;
        this.status = ViolationStatus.APPEAL_REVIEW;
        record(ViolationEventType.APPEALED, now, by, null);
    }

    void acceptDecision(String by, Instant now) {
        requireAppealWindowOpen(now);
        record(ViolationEventType.APPEAL_WAIVED, now, by, null);
    }

    void appealWindowClosed(Instant now) {
        requireStatus(ViolationStatus.APPEAL_OPEN);
        record(ViolationEventType.APPEAL_WINDOW_CLOSED, now, null, null);
    }

    /** Four eyes: whoever decided the case may not review its appeal. */
    void requireAppealReviewer(String reviewer) {
        if (reviewer != null && reviewer.equals(decidedBy)) {
            throw StepRefused.notAllowed(null, "violation.refused.decider-reviews-appeal", caseNo);
        }
    }

    void decideAppeal(AppealOutcome appealOutcome, Severity reducedTo, String reason, String reviewer, Instant now) {
        requireStatus(ViolationStatus.APPEAL_REVIEW);
        Objects.requireNonNull(appealOutcome, "appealOutcome");
        if (reviewer == null || reviewer.isBlank()) {
            throw StepRefused.notAllowed(null, "violation.refused.reviewer-unknown");
        }
        requireAppealReviewer(reviewer);
        if (appealOutcome == AppealOutcome.REDUCED) {
            if (reducedTo == null) {
                throw StepRefused.badInput("reducedSeverity", "violation.refused.reduced-severity-required");
            }
            if (reducedTo.compareTo(severity) >= 0) {
                throw StepRefused.badInput("reducedSeverity", "violation.refused.reduced-severity-not-lower", severity);
            }
        }
        this.appealReason = requireText(reason, "appealReason", "violation.refused.appeal-review-needs-reason");
        this.appealOutcome = appealOutcome;
        this.reducedSeverity = appealOutcome == AppealOutcome.REDUCED ? reducedTo : null;
        this.appealReviewer = reviewer;
        this.appealDecidedAt = now;
        record(ViolationEventType.APPEAL_DECIDED, now, reviewer,
                appealOutcome + (reducedSeverity == null ? "" : " " + severity + " -> " + reducedSeverity));
    }

    void applyReducedPenalty(Penalty penalty, Instant now) {
        if (appealOutcome != AppealOutcome.REDUCED) {
            throw new IllegalStateException("case " + caseNo + " was not reduced on appeal");
        }
        String before = describe(penalty());
        setPenalty(penalty);
        record(ViolationEventType.PENALTY_REDUCED, now, appealReviewer, before + " -> " + describe(penalty));
    }

    /** The outcome the ledger books: decided by the inspector, possibly changed on appeal. */
    ViolationOutcome finalOutcome() {
        if (decision == ViolationDecision.CLEARED) {
            return ViolationOutcome.CLEARED;
        }
        if (decision != ViolationDecision.UPHELD || penaltyMeasure == null) {
            throw new IllegalStateException("case " + caseNo + " has no decision to book");
        }
        if (appealOutcome == null || appealOutcome == AppealOutcome.UPHELD) {
            return ViolationOutcome.UPHELD;
        }
        return appealOutcome == AppealOutcome.CANCELLED ? ViolationOutcome.CANCELLED : ViolationOutcome.REDUCED;
    }

    void close(ViolationOutcome outcome, Instant now) {
        if (status == ViolationStatus.CLOSED) {
            throw new IllegalStateException("case " + caseNo + " is already closed");
        }
        this.outcome = outcome;
        this.status = ViolationStatus.CLOSED;
        this.closedAt = now;
        record(ViolationEventType.CLOSED, now, null, outcome.name());
    }

    /** Writes one timeline line, in the order every case's {@code record(type, at, actor, detail)} takes. */
    void record(ViolationEventType type, Instant at, String actor, String detail) {
        events.add(new ViolationEvent(this, type, at, actor, detail));
    }

    private void setPenalty(Penalty penalty) {
        this.penaltyMeasure = penalty.measure();
        this.fineAmount = penalty.fineAmount().amount();
        this.suspensionDays = penalty.suspensionDays();
        this.points = penalty.points();
    }

    private void clearPenalty() {
        this.priorUpheld = null;
        this.penaltyMeasure = null;
        this.fineAmount = null;
        this.suspensionDays = null;
        this.points = null;
        this.supervisorRequired = null;
        this.stationApprovedBy = null;
        this.stationApprovedAt = null;
        this.supervisorApprovedBy = null;
        this.supervisorApprovedAt = null;
    }

    private void requireAppealWindowOpen(Instant now) {
        requireStatus(ViolationStatus.APPEAL_OPEN);
        if (appealDeadline != null && now.isAfter(appealDeadline)) {
            throw StepRefused.notAllowed(null, "violation.refused.appeal-window-closed", caseNo, appealDeadline);
        }
    }

    private void requireStatus(ViolationStatus expected) {
        if (status != expected) {
            throw StepRefused.notAllowed(null, "violation.refused.wrong-state", caseNo, status, expected);
        }
    }

    private static String requireText(String text, String field, String key) {
        if (text == null || text.isBlank()) {
            throw StepRefused.badInput(field, key);
        }
        return text.strip();
    }

    private static String describe(Penalty penalty) {
        if (penalty == null) {
            return "none";
        }
        return penalty.measure() + " fine " + penalty.fineAmount() + " days " + penalty.suspensionDays()
                + " points " + penalty.points();
    }

    // --- reading

    /** The current penalty, or null while there is none (not decided, or cleared). */
    public Penalty penalty() {
        if (penaltyMeasure == null) {
            return null;
        }
        return new Penalty(penaltyMeasure, Money.of(fineAmount), suspensionDays, points);
    }

    public Long getId() {
        return id;
    }

    public String getCaseNo() {
        return caseNo;
    }

    public String getCourierNo() {
        return courierNo;
    }

    public String getStationCode() {
        return stationCode;
    }

    public ViolationType getType() {
        return type;
    }

    public ViolationSource getSource() {
        return source;
    }

    public String getSourceCaseNo() {
        return sourceCaseNo;
    }

    public String getWaybillNo() {
        return waybillNo;
    }

    public String getDescription() {
        return description;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public ViolationStatus getStatus() {
        return status;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getStatementText() {
        return statementText;
    }

    public String getStatementBy() {
        return statementBy;
    }

    public Instant getStatementAt() {
        return statementAt;
    }

    public boolean isStatementMissed() {
        return statementMissed;
    }

    public ViolationDecision getDecision() {
        return decision;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Integer getPriorUpheld() {
        return priorUpheld;
    }

    public Boolean getSupervisorRequired() {
        return supervisorRequired;
    }

    public String getStationApprovedBy() {
        return stationApprovedBy;
    }

    public Instant getStationApprovedAt() {
        return stationApprovedAt;
    }

    public String getSupervisorApprovedBy() {
        return supervisorApprovedBy;
    }

    public Instant getSupervisorApprovedAt() {
        return supervisorApprovedAt;
    }

    public Instant getAppealDeadline() {
        return appealDeadline;
    }

    public String getAppealText() {
        return appealText;
    }

    public String getAppealedBy() {
        return appealedBy;
    }

    public Instant getAppealedAt() {
        return appealedAt;
    }

    public AppealOutcome getAppealOutcome() {
        return appealOutcome;
    }

    public Severity getReducedSeverity() {
        return reducedSeverity;
    }

    public String getAppealReason() {
        return appealReason;
    }

    public String getAppealReviewer() {
        return appealReviewer;
    }

    public Instant getAppealDecidedAt() {
        return appealDecidedAt;
    }

    public ViolationOutcome getOutcome() {
        return outcome;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<ViolationEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
