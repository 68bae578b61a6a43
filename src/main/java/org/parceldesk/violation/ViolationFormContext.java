package org.parceldesk.violation;

import static org.parceldesk.violation.CourierViolationProcess.*;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.parceldesk.common.Messages;
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

    private final ViolationRepository violations;
    private final ZoneProperties zone;
    private final Messages messages;

    ViolationFormContext(ViolationRepository violations, ZoneProperties zone, Messages messages) {
        this.violations = violations;
        this.zone = zone;
        this.messages = messages;
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
        facts.put("factCourierNo", text("violation.form.courier", violation.getCourierNo(), violation.getStationCode()));
        facts.put("factDueAt", local(task.dueAt()));
        facts.put("factAccusation", text("violation.form.accusation", violation.getType().label(), violation.getType().name(),
                text("violation.source." + violation.getSource().name()),
                violation.getSourceCaseNo() == null ? "" : " " + violation.getSourceCaseNo(),
                violation.getWaybillNo() == null ? "" : text("violation.form.waybill", violation.getWaybillNo()),
                local(violation.getOccurredAt()), violation.getRegisteredBy(), local(violation.getRegisteredAt())));
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
            facts.put("factAppeal", violation.getAppealText() == null ? null : text("violation.form.appeal",
                    violation.getAppealedBy(), local(violation.getAppealedAt()), violation.getAppealText()));
        }
        return facts;
    }

    private String statement(Violation violation) {
        if (violation.getStatementText() != null) {
            return text("violation.form.statement", violation.getStatementBy(), local(violation.getStatementAt()),
                    violation.getStatementText());
        }
        return violation.isStatementMissed() ? text("violation.form.statement-missed") : null;
    }

    private String decision(Violation violation) {
        if (violation.getDecision() == null) {
            return null;
        }
        return text("violation.form.decision", violation.getDecision().label(),
                violation.getSeverity() == null ? "" : text("violation.form.severity", violation.getSeverity().label()),
                violation.getDecidedBy(), local(violation.getDecidedAt()), violation.getDecisionReason());
    }

    private String penalty(Penalty penalty) {
        if (penalty == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(penalty.measure().label());
        if (penalty.fineAmount() != null && penalty.fineAmount().amount().signum() > 0) {
            text.append(text("violation.form.fine", penalty.fineAmount().toString()));
        }
        if (penalty.suspensionDays() > 0) {
            text.append(text("violation.form.suspension", String.valueOf(penalty.suspensionDays())));
        }
        return text.append(text("violation.form.points", String.valueOf(penalty.points()))).toString();
    }

    /**
     * Form facts are process variables, written when the task is created, whoever's request that is: always
     * in Chinese ({@link Messages#DEFAULT}), the language of the Tasklist forms.
     */
    private String text(String key, Object... args) {
        return messages.get(Messages.DEFAULT, key, args);
    }

    private String local(Instant instant) {
        return instant == null ? "—" : LOCAL.format(ZonedDateTime.ofInstant(instant, zone.zone()));
    }
}
