package org.parceldesk.claim;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.parceldesk.common.Money;
import org.parceldesk.common.ResponsibleParty;
import org.parceldesk.common.StepRefused;
import org.parceldesk.shipment.ServiceType;
import org.parceldesk.shipment.ShipmentSnapshot;

/**
 * A claim case (理赔): the shipment facts copied at registration, the customer's contact, the
 * assessment, the payout with its breakdown, and the history of approvals and disputes.
 */
@Entity
public class Claim {

    /** Who did a step that no person did. */
    static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_no")
    private String caseNo;
    @Column(name = "waybill_no")
    private String waybillNo;
    /** The waybill while this claim is its final claim; cleared when time-barred or abandoned (unique index). */
    @Column(name = "active_waybill_no")
    private String activeWaybillNo;
    @Enumerated(EnumType.STRING)
    private ClaimOrigin origin;
    @Column(name = "complaint_case_no")
    private String complaintCaseNo;
    @Enumerated(EnumType.STRING)
    private ClaimStatus status;

    @Column(name = "customer_name")
    private String customerName;
    @Column(name = "customer_phone")
    private String customerPhone;
    @Column(name = "customer_email")
    private String customerEmail;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "reported_loss_type")
    private LossType reportedLossType;
    @Column(name = "claimed_amount")
    private BigDecimal claimedAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type")
    private ServiceType serviceType;
    @Column(name = "shipped_at")
    private Instant shippedAt;
    @Column(name = "promised_at")
    private Instant promisedAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    private BigDecimal postage;
    private boolean insured;
    @Column(name = "declared_value")
    private BigDecimal declaredValue;
    @Column(name = "insurance_fee")
    private BigDecimal insuranceFee;
    @Column(name = "station_code")
    private String stationCode;
    @Column(name = "courier_no")
    private String courierNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "loss_type")
    private LossType lossType;
    @Enumerated(EnumType.STRING)
    @Column(name = "responsible_party")
    private ResponsibleParty responsibleParty;
    @Column(name = "actual_loss")
    private BigDecimal actualLoss;
    @Column(name = "full_value")
    private BigDecimal fullValue;
    @Column(name = "wrong_recipient_details")
    private boolean wrongRecipientDetails;
    @Column(name = "assessment_note")
    private String assessmentNote;
    @Column(name = "assessed_by")
    private String assessedBy;
    @Column(name = "assessed_at")
    private Instant assessedAt;

    @Column(name = "payout_amount")
    private BigDecimal payoutAmount;
    @Column(name = "payout_rule_code")
    private String payoutRuleCode;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_payout_line", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "line_no")
    private List<StoredPayoutLine> payoutLines = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "approval_level")
    private ApprovalStep approvalLevel;
    /** Counts payout calculations; approvals belong to one (see {@link ClaimApproval#getRound()}). */
    @Column(name = "approval_round")
    private int approvalRound;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_assessment", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "seq")
    private List<ClaimAssessment> assessments = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_approval", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "seq")
    private List<ClaimApproval> approvals = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_dispute", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "seq")
    private List<ClaimDispute> disputes = new ArrayList<>();
    @Column(name = "dispute_rounds")
    private int disputeRounds;
    /** The claim's timeline; loaded with the claim in a second query (no join with the other lists). */
    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("entry.occurredAt asc, id asc")
    private List<ClaimEvent> events = new ArrayList<>();

    @Column(name = "violation_case_no")
    private String violationCaseNo;
    /** Why the linked violation could not be registered (e.g. the courier has left); the claim is paid regardless. */
    @Column(name = "violation_refusal")
    private String violationRefusal;
    @Column(name = "close_reason")
    private String closeReason;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "offered_at")
    private Instant offeredAt;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Claim() {
    }

    Claim(String caseNo, ClaimOrigin origin, String complaintCaseNo, CustomerContact customer, String description,
            LossType reportedLossType, BigDecimal claimedAmount, ShipmentSnapshot shipment, Instant now) {
        this.caseNo = Objects.requireNonNull(caseNo);
        this.origin = Objects.requireNonNull(origin);
        this.complaintCaseNo = complaintCaseNo;
        this.status = ClaimStatus.REGISTERED;
        this.customerName = customer.name();
        this.customerPhone = customer.phone();
        this.customerEmail = customer.email();
        this.description = description;
        this.reportedLossType = reportedLossType;
        this.claimedAmount = claimedAmount;
        this.waybillNo = shipment.waybillNo();
        this.activeWaybillNo = shipment.waybillNo();
        this.serviceType = shipment.serviceType();
        this.shippedAt = shipment.shippedAt();
        this.promisedAt = shipment.promisedAt();
        this.deliveredAt = shipment.deliveredAt();
        this.postage = shipment.postage();
        this.insured = shipment.insured();
        this.declaredValue = shipment.declaredValue();
        this.insuranceFee = shipment.insuranceFee();
        this.stationCode = shipment.responsibleStationCode();
        this.courierNo = shipment.responsibleCourierNo();
        this.registeredAt = now;
        this.updatedAt = now;
        record(ClaimEventType.REGISTERED, now, SYSTEM, origin + (complaintCaseNo == null ? "" : " " + complaintCaseNo));
    }

    /**
     * The one place the status changes: only the moves of {@link ClaimStatus#canBecome}, anything else
     * (a finished claim moving again, an offer before the assessment) is refused before anything changes.
     */
    void moveTo(ClaimStatus next, Instant now) {
        if (!status.canBecome(next)) {
            throw StepRefused.notAllowed(null, "claim.refused.wrong-state", caseNo, status, next);
        }
        this.status = next;
        this.updatedAt = now;
    }

    /** Ends the claim. Time-barred and abandoned claims release the waybill for a new claim. */
    void finish(ClaimStatus outcome, String reason, Instant now) {
        if (!outcome.isFinished()) {
            throw new IllegalArgumentException(outcome + " is not an outcome");
        }
        moveTo(outcome, now);
        this.closeReason = reason;
        this.closedAt = now;
        record(ClaimEventType.CLOSED, now, SYSTEM, outcome + (reason == null ? "" : " " + reason));
        if (ClaimStatus.RELEASING.contains(outcome)) {
            this.activeWaybillNo = null;
        }
    }

    void recordAssessment(String assessor, LossType lossType, ResponsibleParty responsibleParty, BigDecimal actualLoss,
            BigDecimal fullValue, boolean wrongRecipientDetails, String note, Instant now) {
        this.lossType = lossType;
        this.responsibleParty = responsibleParty;
        this.actualLoss = actualLoss;
        this.fullValue = fullValue;
        this.wrongRecipientDetails = wrongRecipientDetails;
        this.assessmentNote = note;
        this.assessedBy = assessor;
        this.assessedAt = now;
        this.assessments.add(new ClaimAssessment(assessor, lossType, responsibleParty, actualLoss, fullValue, now));
        this.updatedAt = now;
        record(ClaimEventType.ASSESSED, now, assessor, lossType + " " + responsibleParty
                + (actualLoss == null ? "" : ", actualLoss " + actualLoss.toPlainString()) + (note == null ? "" : "：" + note));
    }

    /** The facts the calculator needs, from the shipment snapshot and the latest assessment. */
    PayoutRequest payoutRequest() {
        return new PayoutRequest(lossType, serviceType, postage, insured, declaredValue, insuranceFee, actualLoss,
                fullValue, responsibleParty, promisedAt, deliveredAt, wrongRecipientDetails);
    }

    void recordPayout(Payout payout, Instant now) {
        this.approvalRound++;
        this.approvalLevel = null;
        this.payoutAmount = payout.payout().amount();
        this.payoutRuleCode = payout.ruleCode();
        this.payoutLines.clear();
        payout.lines().forEach(line -> payoutLines.add(new StoredPayoutLine(line)));
        record(ClaimEventType.PAYOUT_CALCULATED, now, SYSTEM, payoutAmount.toPlainString() + " " + payoutRuleCode);
        if (!assessments.isEmpty()) {
            assessments.get(assessments.size() - 1).payout(payout);
        }
        this.updatedAt = now;
    }

    /**
     * Stores the approval level the payout needs and returns it: the decision table's level, but
     * a full refusal (nothing paid on a claim for money) is never automatic — a supervisor signs it.
     */
    ApprovalStep routeApproval(ApprovalStep fromTable, Instant now) {
        if (payoutAmount == null) {
            throw new IllegalStateException("Claim " + caseNo + " has no payout to approve");
        }
        ApprovalStep level = Objects.requireNonNull(fromTable, "approval level");
        if (level == ApprovalStep.AUTO && isFullRefusal()) {
            level = ApprovalStep.SUPERVISOR;
        }
        this.approvalLevel = level;
        this.updatedAt = now;
        return level;
    }

    private boolean isFullRefusal() {
        return payoutAmount.signum() == 0 && (claimedAmount == null || claimedAmount.signum() > 0);
    }

    /**
     * Records one approval decision. Refused unless the step is one this payout needs, the
     * approver is in the step's group, and a manager is not the supervisor who signed before.
     * (Four-eyes against the assessor: {@link FourEyes}.)
     */
    void recordApproval(ApprovalStep step, ApprovalDecision decision, String approver, Set<String> approverGroups,
            String note, Instant now) {
        boolean stepNeeded = approvalLevel != null && step.compareTo(approvalLevel) <= 0
                && (step == ApprovalStep.AUTO) == (approvalLevel == ApprovalStep.AUTO);
        if (!stepNeeded) {
            throw StepRefused.notAllowed(null, "claim.refused.approval-not-needed", caseNo, step, approvalLevel);
        }
        if (step != ApprovalStep.AUTO && !approverGroups.contains(step.approverGroup())) {
            throw StepRefused.notAllowed(null, "claim.refused.not-in-group", approver, step.approverGroup(), step);
        }
        if (step == ApprovalStep.MANAGER) {
            ClaimApproval supervisor = approvals.stream().filter(a -> a.approves(approvalRound, ApprovalStep.SUPERVISOR))
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> StepRefused.notAllowed(null, "claim.refused.supervisor-first", caseNo));
            if (supervisor.getApprover().equals(approver)) {
                throw StepRefused.notAllowed(null, "claim.refused.same-approver", approver);
            }
        }
        approvals.add(new ClaimApproval(approvalRound, step, decision, approver, note, payoutAmount, now));
        record(ClaimEventType.APPROVED, now, approver, step + " " + decision + (note == null ? "" : "：" + note));
        this.updatedAt = now;
    }

    /** The offer goes out only with every approval its payout needs, from this calculation. */
    void offer(Instant now) {
        requireApprovals();
        moveTo(ClaimStatus.OFFERED, now);
        this.offeredAt = now;
        record(ClaimEventType.OFFERED, now, SYSTEM, payoutAmount.toPlainString());
    }

    private void requireApprovals() {
        List<ApprovalStep> needed = approvalLevel == null ? List.of()
                : switch (approvalLevel) {
                    case AUTO -> List.of(ApprovalStep.AUTO);
                    case SUPERVISOR -> List.of(ApprovalStep.SUPERVISOR);
                    case MANAGER -> List.of(ApprovalStep.SUPERVISOR, ApprovalStep.MANAGER);
                };
        List<String> signers = new ArrayList<>();
        for (ApprovalStep step : needed) {
            approvals.stream().filter(a -> a.approves(approvalRound, step)).map(ClaimApproval::getApprover)
                    .reduce((earlier, later) -> later).ifPresent(signers::add);
        }
        boolean distinct = new LinkedHashSet<>(signers).size() == signers.size();
        if (needed.isEmpty() || signers.size() != needed.size() || !distinct) {
            throw StepRefused.notAllowed(null, "claim.refused.approvals-missing", caseNo, approvalLevel);
        }
    }

    void accept(Instant now) {
        moveTo(ClaimStatus.ACCEPTED, now);
        this.acceptedAt = now;
        record(ClaimEventType.ACCEPTED, now, SYSTEM, payoutAmount == null ? null : payoutAmount.toPlainString());
    }

    /** Records a dispute round and returns its number (1 for the first dispute). */
    int dispute(ConfirmationChannel channel, String reason, String recordedBy, Instant now) {
        if (status != ClaimStatus.OFFERED) {
            // only an offer can be disputed: the status stays, the round is counted
            throw StepRefused.notAllowed(null, "claim.refused.wrong-state", caseNo, status, "DISPUTED");
        }
        disputeRounds++;
        disputes.add(new ClaimDispute(disputeRounds, channel, reason, payoutAmount, recordedBy, now));
        record(ClaimEventType.DISPUTED, now, recordedBy == null ? SYSTEM : recordedBy,
                "#" + disputeRounds + " " + channel + (reason == null ? "" : "：" + reason));
        this.updatedAt = now;
        return disputeRounds;
    }

    void linkViolation(String violationCaseNo, Instant now) {
        this.violationCaseNo = violationCaseNo;
        this.violationRefusal = null;
        record(ClaimEventType.VIOLATION_LINKED, now, SYSTEM, violationCaseNo);
    }

    /** The violation module refused the report; kept on the claim so that an inspector can follow it up by hand. */
    void violationRefused(String reason, Instant now) {
        this.violationRefusal = reason.length() > 500 ? reason.substring(0, 499) + "…" : reason;
        record(ClaimEventType.VIOLATION_REFUSED, now, SYSTEM, reason);
    }

    /** The payment went out (recorded once by the payment ledger). */
    void paid(Money amount, String reference, Instant now) {
        record(ClaimEventType.PAID, now, SYSTEM, amount.amount().toPlainString() + (reference == null ? "" : " " + reference));
    }

    /** Writes one timeline line, in the order every case's {@code record(type, at, actor, detail)} takes. */
    void record(ClaimEventType type, Instant at, String actor, String detail) {
        events.add(new ClaimEvent(this, type, at, actor, detail));
    }

    /** The claim's timeline, oldest first. */
    public List<ClaimEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    /** Everyone who ever assessed this claim: none of them may approve it (four-eyes). */
    public Set<String> assessors() {
        Set<String> users = new LinkedHashSet<>();
        assessments.forEach(assessment -> users.add(assessment.getAssessor()));
        return users;
    }

    public Payout payout() {
        if (payoutAmount == null) {
            return null;
        }
        return new Payout(Money.of(payoutAmount), payoutRuleCode, payoutLines.stream().map(StoredPayoutLine::toLine).toList());
    }

    public Long getId() {
        return id;
    }

    public String getCaseNo() {
        return caseNo;
    }

    public String getWaybillNo() {
        return waybillNo;
    }

    public ClaimOrigin getOrigin() {
        return origin;
    }

    public String getComplaintCaseNo() {
        return complaintCaseNo;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public CustomerContact getCustomer() {
        return new CustomerContact(customerName, customerPhone, customerEmail);
    }

    public String getDescription() {
        return description;
    }

    public LossType getReportedLossType() {
        return reportedLossType;
    }

    public BigDecimal getClaimedAmount() {
        return claimedAmount;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public Instant getPromisedAt() {
        return promisedAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public BigDecimal getPostage() {
        return postage;
    }

    public boolean isInsured() {
        return insured;
    }

    public BigDecimal getDeclaredValue() {
        return declaredValue;
    }

    public BigDecimal getInsuranceFee() {
        return insuranceFee;
    }

    public String getStationCode() {
        return stationCode;
    }

    public String getCourierNo() {
        return courierNo;
    }

    public LossType getLossType() {
        return lossType;
    }

    public ResponsibleParty getResponsibleParty() {
        return responsibleParty;
    }

    public BigDecimal getActualLoss() {
        return actualLoss;
    }

    public BigDecimal getFullValue() {
        return fullValue;
    }

    public boolean isWrongRecipientDetails() {
        return wrongRecipientDetails;
    }

    public String getAssessmentNote() {
        return assessmentNote;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public BigDecimal getPayoutAmount() {
        return payoutAmount;
    }

    public String getPayoutRuleCode() {
        return payoutRuleCode;
    }

    public ApprovalStep getApprovalLevel() {
        return approvalLevel;
    }

    public int getApprovalRound() {
        return approvalRound;
    }

    public List<ClaimAssessment> getAssessments() {
        return Collections.unmodifiableList(assessments);
    }

    public List<ClaimApproval> getApprovals() {
        return Collections.unmodifiableList(approvals);
    }

    public List<ClaimDispute> getDisputes() {
        return Collections.unmodifiableList(disputes);
    }

    public int getDisputeRounds() {
        return disputeRounds;
    }

    public String getViolationCaseNo() {
        return violationCaseNo;
    }

    public String getViolationRefusal() {
        return violationRefusal;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
