package org.parceldesk.violation;

import static org.parceldesk.violation.CourierViolationProcess.*;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.parceldesk.common.ZoneProperties;
import org.springframework.stereotype.Component;
import org.parceldesk.workflow.FormContextSource;

/**
 * What the violation forms show (see {@link org.parceldesk.workflow.FormContext}), read from the
 * case when the task is created: the accusation on every task (the courier is told what they are
 * accused of before giving a statement); the statement for whoever decides, approves or reviews an
 * appeal; the decision and penalty for the approvers and the appeal; the appeal for its reviewer.
 */
@Component
class ViolationFormContext implements FormContextSource {

    static final Set<String> STATEMENT_TASKS = Set.of(TASK_REVIEW_DECIDE, TASK_STATION_APPROVAL, TASK_SUPERVISOR_APPROVAL,
            TASK_APPEAL, TASK_REVIEW_APPEAL);
    static final Set<String> DECISION_TASKS = Set.of(TASK_STATION_APPROVAL, TASK_SUPERVISOR_APPROVAL, TASK_APPEAL,
            TASK_REVIEW_APPEAL);

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<ViolationSource, String> SOURCE_LABELS = Map.of(ViolationSource.COMPLAINT, "投诉",
            ViolationSource.CLAIM, "理赔", ViolationSource.INSPECTION, "监察", ViolationSource.MONITORING, "车辆监控",
            ViolationSource.MANUAL, "人工登记");

    private final ViolationRepository violations;
    private final ZoneProperties zone;

    ViolationFormContext(ViolationRepository violations, ZoneProperties zone) {
        this.violations = violations;
        this.zone = zone;
    }

    @Override
    public String processKey() {
        return KEY;
    }

    @Override
    public Map<String, Object> contextOf(FormTask task) {
        Violation violation = violations.findByCaseNo(task.caseNo())
                .orElseThrow(() -> new IllegalStateException("No violation " + task.caseNo() + " for the running process"));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("factCourierNo", violation.getCourierNo() + "（网点 " + violation.getStationCode() + "）");
        facts.put("factDueAt", local(task.dueAt()));
        facts.put("factAccusation", violation.getType().label() + " " + violation.getType().name()
                + "；来源 " + SOURCE_LABELS.get(violation.getSource())
                + (violation.getSourceCaseNo() == null ? "" : " " + violation.getSourceCaseNo())
                + (violation.getWaybillNo() == null ? "" : "；运单 " + violation.getWaybillNo())
                + "；发生于 " + local(violation.getOccurredAt())
                + "；" + violation.getRegisteredBy() + " 于 " + local(violation.getRegisteredAt()) + " 登记");
        facts.put("factAccusationText", violation.getDescription());
        if (STATEMENT_TASKS.contains(task.taskKey())) {
            facts.put("factStatement", statement(violation));
        }
        if (DECISION_TASKS.contains(task.taskKey())) {
            facts.put("factDecision", decision(violation));
            facts.put("factPenalty", penalty(violation.penalty()));
        }
        if (TASK_APPEAL.equals(task.taskKey())) {
            facts.put("factAppealDeadline", local(violation.getAppealDeadline()));
        }
        if (TASK_REVIEW_APPEAL.equals(task.taskKey())) {
            facts.put("factAppeal", violation.getAppealText() == null ? null : violation.getAppealedBy() + " 于 "
                    + local(violation.getAppealedAt()) + " 申诉：" + violation.getAppealText());
        }
        return facts;
    }

    private String statement(Violation violation) {
        if (violation.getStatementText() != null) {
            return violation.getStatementBy() + " 于 " + local(violation.getStatementAt()) + " 申辩："
                    + violation.getStatementText();
        }
        return violation.isStatementMissed() ? "申辩期内未申辩" : null;
    }

    private String decision(Violation violation) {
        if (violation.getDecision() == null) {
            return null;
        }
        return violation.getDecision().label() + (violation.getSeverity() == null ? "" : "，" + violation.getSeverity().label())
                + "；" + violation.getDecidedBy() + " 于 " + local(violation.getDecidedAt()) + " 裁定，理由："
                + violation.getDecisionReason();
    }

    private static String penalty(Penalty penalty) {
        if (penalty == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(penalty.measure().label());
        if (penalty.fineAmount() != null && penalty.fineAmount().amount().signum() > 0) {
            text.append("，罚款 ").append(penalty.fineAmount()).append(" 元");
        }
        if (penalty.suspensionDays() > 0) {
            text.append("，停岗 ").append(penalty.suspensionDays()).append(" 天");
        }
        return text.append("，扣 ").append(penalty.points()).append(" 分").toString();
    }

    private String local(Instant instant) {
        return instant == null ? "—" : LOCAL.format(ZonedDateTime.ofInstant(instant, zone.zone()));
    }
}
