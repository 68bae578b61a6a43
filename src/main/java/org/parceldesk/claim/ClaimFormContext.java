package org.parceldesk.claim;

import static org.parceldesk.claim.ClaimProcess.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parceldesk.common.Messages;
import org.parceldesk.common.ResponsibleParty;
import org.parceldesk.common.ZoneProperties;
import org.parceldesk.workflow.FormContextSource;
import org.springframework.stereotype.Component;

/**
 * What the claim forms show (see {@link org.parceldesk.workflow.FormContext}), read from the claim
 * when the task is created: the claim as registered for every task; the evidence list for whoever
 * checks, assesses or approves; the assessment and the payout breakdown for approvers, the
 * confirmation and the dispute review; every dispute reason for the reassessor and the supervisor.
 * The customer's name and phone are not shown: no claim task calls the customer from the form.
 */
@Component
class ClaimFormContext implements FormContextSource {

    static final Set<String> EVIDENCE_TASKS = Set.of(TASK_COLLECT_EVIDENCE, TASK_ASSESS_CLAIM, TASK_APPROVE_PAYOUT,
            TASK_APPROVE_PAYOUT_MANAGER, TASK_REVIEW_DISPUTE);
    static final Set<String> ASSESSMENT_TASKS = Set.of(TASK_APPROVE_PAYOUT, TASK_APPROVE_PAYOUT_MANAGER,
            TASK_CUSTOMER_CONFIRMATION, TASK_REVIEW_DISPUTE, TASK_INSURANCE_RECOVERY);
    static final Set<String> DISPUTE_TASKS = Set.of(TASK_ASSESS_CLAIM, TASK_REVIEW_DISPUTE, TASK_APPROVE_PAYOUT,
            TASK_APPROVE_PAYOUT_MANAGER);

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ClaimRepository claims;
    private final ClaimEvidenceRepository evidence;
    private final ZoneProperties zone;
    private final Messages messages;

    ClaimFormContext(ClaimRepository claims, ClaimEvidenceRepository evidence, ZoneProperties zone, Messages messages) {
        this.claims = claims;
        this.evidence = evidence;
        this.zone = zone;
        this.messages = messages;
    }

    @Override
    public String processKey() {
        return KEY;
    }

    @Override
    public Map<String, Object> contextOf(FormTask task) {
        Claim claim = claims.findByCaseNo(task.caseNo())
                .orElseThrow(() -> new IllegalStateException("No claim " + task.caseNo() + " for the running process"));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("factWaybillNo", claim.getWaybillNo());
        facts.put("factDueAt", local(task.dueAt()));
        facts.put("factReported", text("claim.form.reported", label(claim.getReportedLossType()),
                yuan(claim.getClaimedAmount()), local(claim.getRegisteredAt()))
                + (claim.getComplaintCaseNo() == null ? "" : text("claim.form.from-complaint", claim.getComplaintCaseNo())));
        facts.put("factDescription", claim.getDescription());
        facts.put("factShipment", shipment(claim));
        if (EVIDENCE_TASKS.contains(task.taskKey())) {
            facts.put("factEvidence", evidence.findByClaimCaseNoOrderById(claim.getCaseNo()).stream()
                    .map(file -> text("claim.form.evidence", file.getOriginalName(), file.getContentType(),
                            kilobytes(file.getSizeBytes()), local(file.getUploadedAt())))
                    .toList());
        }
        if (ASSESSMENT_TASKS.contains(task.taskKey())) {
            facts.put("factAssessment", assessment(claim));
            facts.put("factBreakdown", breakdown(claim));
        }
        if (DISPUTE_TASKS.contains(task.taskKey())) {
            facts.put("factDisputes", claim.getDisputes().stream()
                    .map(dispute -> text("claim.form.dispute", String.valueOf(dispute.getRound()),
                            local(dispute.getDisputedAt()), dispute.getChannel(), yuan(dispute.getOfferedAmount()),
                            dispute.getReason()))
                    .toList());
            facts.put("factReturns", claim.getApprovals().stream()
                    .filter(approval -> approval.getDecision() != ApprovalDecision.APPROVE)
                    .map(approval -> text("claim.form.returned", local(approval.getDecidedAt()), approval.getStep(),
                            approval.getApprover(), approval.getNote() == null ? "" : approval.getNote()))
                    .toList());
        }
        return facts;
    }

    private String shipment(Claim claim) {
        return text("claim.form.shipment",
                claim.getServiceType() == null ? "" : text("claim.form.service", claim.getServiceType().name()),
                yuan(claim.getPostage()),
                claim.isInsured() ? text("claim.form.insured", yuan(claim.getDeclaredValue()), yuan(claim.getInsuranceFee()))
                        : text("claim.form.uninsured"),
                local(claim.getShippedAt()), local(claim.getPromisedAt()),
                claim.getDeliveredAt() == null ? text("claim.form.not-delivered")
                        : text("claim.form.delivered", local(claim.getDeliveredAt())));
    }

    private String assessment(Claim claim) {
        if (claim.getLossType() == null) {
            return null;
        }
        ResponsibleParty party = claim.getResponsibleParty();
        return text("claim.form.assessment", label(claim.getLossType()),
                party == null ? "null" : text("claim.party." + party.name()), yuan(claim.getActualLoss()),
                yuan(claim.getFullValue()), claim.isWrongRecipientDetails() ? text("claim.form.wrong-recipient") : "",
                claim.getAssessedBy(), local(claim.getAssessedAt()),
                claim.getAssessmentNote() == null ? "" : text("claim.form.assessment-note", claim.getAssessmentNote()));
    }

    private List<String> breakdown(Claim claim) {
        Payout payout = claim.payout();
        if (payout == null) {
            return List.of();
        }
        List<String> lines = new java.util.ArrayList<>(payout.lines().stream()
                .map(line -> text("claim.breakdown.line", line.label(), line.amount().toString())).toList());
        lines.add(text("claim.form.breakdown-total", payout.payout().toString(), payout.ruleCode()));
        return lines;
    }

    private String label(LossType type) {
        return type == null ? "—" : text("claim.loss-type." + type.name()) + " " + type.name();
    }

    private String yuan(BigDecimal amount) {
        return amount == null ? "—" : text("claim.form.yuan", amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    /**
     * Form facts are process variables, written when the task is created, whoever's request that is: always
     * in Chinese ({@link Messages#DEFAULT}), the language of the Tasklist forms.
     */
    private String text(String key, Object... args) {
        return messages.get(Messages.DEFAULT, key, args);
    }

    private static String kilobytes(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024) + " KB";
    }

    private String local(Instant instant) {
        return instant == null ? "—" : LOCAL.format(ZonedDateTime.ofInstant(instant, zone.zone()));
    }
}
