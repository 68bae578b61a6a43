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
    private static final Map<LossType, String> LOSS_LABELS = Map.of(LossType.DELAY, "延误", LossType.LOSS, "丢失",
            LossType.DAMAGE_TOTAL, "全部损毁", LossType.DAMAGE_PARTIAL, "部分损毁", LossType.WRONG_CONTENTS, "内件不符",
            LossType.SHORTAGE, "内件短少");
    private static final Map<ResponsibleParty, String> PARTY_LABELS = Map.of(ResponsibleParty.COURIER, "快递员",
            ResponsibleParty.STATION, "网点", ResponsibleParty.SORTING_CENTER, "分拨中心", ResponsibleParty.LINEHAUL,
            "干线运输", ResponsibleParty.CUSTOMER, "客户自身原因", ResponsibleParty.FORCE_MAJEURE, "不可抗力",
            ResponsibleParty.NONE, "无责任方");

    private final ClaimRepository claims;
    private final ClaimEvidenceRepository evidence;
    private final ZoneProperties zone;

    ClaimFormContext(ClaimRepository claims, ClaimEvidenceRepository evidence, ZoneProperties zone) {
        this.claims = claims;
        this.evidence = evidence;
        this.zone = zone;
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
        facts.put("factReported", label(claim.getReportedLossType()) + "，索赔 " + yuan(claim.getClaimedAmount())
                + "，登记于 " + local(claim.getRegisteredAt()) + (claim.getComplaintCaseNo() == null ? ""
                        : "，来自投诉 " + claim.getComplaintCaseNo()));
        facts.put("factDescription", claim.getDescription());
        facts.put("factShipment", shipment(claim));
        if (EVIDENCE_TASKS.contains(task.taskKey())) {
            facts.put("factEvidence", evidence.findByClaimCaseNoOrderById(claim.getCaseNo()).stream()
                    .map(file -> file.getOriginalName() + "（" + file.getContentType() + "，" + kilobytes(file.getSizeBytes())
                            + "，" + local(file.getUploadedAt()) + " 上传）")
                    .toList());
        }
        if (ASSESSMENT_TASKS.contains(task.taskKey())) {
            facts.put("factAssessment", assessment(claim));
            facts.put("factBreakdown", breakdown(claim));
        }
        if (DISPUTE_TASKS.contains(task.taskKey())) {
            facts.put("factDisputes", claim.getDisputes().stream()
                    .map(dispute -> "第 " + dispute.getRound() + " 轮（" + local(dispute.getDisputedAt()) + "，"
                            + dispute.getChannel() + "，方案 " + yuan(dispute.getOfferedAmount()) + "）："
                            + dispute.getReason())
                    .toList());
            facts.put("factReturns", claim.getApprovals().stream()
                    .filter(approval -> approval.getDecision() != ApprovalDecision.APPROVE)
                    .map(approval -> local(approval.getDecidedAt()) + " " + approval.getStep() + " " + approval.getApprover()
                            + " 退回：" + (approval.getNote() == null ? "" : approval.getNote()))
                    .toList());
        }
        return facts;
    }

    private String shipment(Claim claim) {
        return (claim.getServiceType() == null ? "" : claim.getServiceType().name() + "，")
                + "运费 " + yuan(claim.getPostage())
                + (claim.isInsured() ? "，已保价（保价金额 " + yuan(claim.getDeclaredValue()) + "，保价费 "
                        + yuan(claim.getInsuranceFee()) + "）" : "，未保价")
                + "，寄出 " + local(claim.getShippedAt()) + "，承诺送达 " + local(claim.getPromisedAt())
                + "，" + (claim.getDeliveredAt() == null ? "未签收" : "签收 " + local(claim.getDeliveredAt()));
    }

    private String assessment(Claim claim) {
        if (claim.getLossType() == null) {
            return null;
        }
        return "损失类型 " + label(claim.getLossType()) + "，责任方 " + PARTY_LABELS.getOrDefault(claim.getResponsibleParty(),
                String.valueOf(claim.getResponsibleParty())) + "，实际损失 " + yuan(claim.getActualLoss())
                + "，物品价值 " + yuan(claim.getFullValue())
                + (claim.isWrongRecipientDetails() ? "，延误因收件人信息错误" : "")
                + "；核定人 " + claim.getAssessedBy() + "（" + local(claim.getAssessedAt()) + "）"
                + (claim.getAssessmentNote() == null ? "" : "；核定意见：" + claim.getAssessmentNote());
    }

    private static List<String> breakdown(Claim claim) {
        Payout payout = claim.payout();
        if (payout == null) {
            return List.of();
        }
        List<String> lines = new java.util.ArrayList<>(payout.lines().stream()
                .map(line -> line.label() + "：" + line.amount() + " 元").toList());
        lines.add("合计 Total：" + payout.payout() + " 元（规则 " + payout.ruleCode() + "）");
        return lines;
    }

    private static String label(LossType type) {
        return type == null ? "—" : LOSS_LABELS.get(type) + " " + type.name();
    }

    private static String yuan(BigDecimal amount) {
        return amount == null ? "—" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " 元";
    }

    private static String kilobytes(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024) + " KB";
    }

    private String local(Instant instant) {
        return instant == null ? "—" : LOCAL.format(ZonedDateTime.ofInstant(instant, zone.zone()));
    }
}
