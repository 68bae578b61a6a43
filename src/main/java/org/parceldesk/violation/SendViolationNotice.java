package org.parceldesk.violation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.parceldesk.workflow.CaseKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.parceldesk.common.ZoneProperties;
import org.parceldesk.notification.Notification;
import org.parceldesk.notification.Notifications;
import org.parceldesk.notification.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the courier and their station manager about the case: registration, decision, appeal
 * result (input parameter {@code notice}: REGISTERED, DECISION, APPEAL_RESULT). Messages go
 * through the outbox in the engine's transaction; the dedupe key is case + template + activity
 * + recipient role, so a retried step sends nothing twice.
 */
@Component("sendViolationNotice")
class SendViolationNotice implements JavaDelegate {

    static final String NOTICE = "notice";
    private static final Logger log = LoggerFactory.getLogger(SendViolationNotice.class);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    enum Notice {
        REGISTERED("violation-registered"),
        DECISION("violation-decision"),
        APPEAL_RESULT("violation-appeal-result");

        final String template;

        Notice(String template) {
            this.template = template;
        }
    }

    private final ViolationCases cases;
    private final ViolationParticipants participants;
    private final Notifications notifications;
    private final ZoneId zone;

    SendViolationNotice(ViolationCases cases, ViolationParticipants participants, Notifications notifications,
            ZoneProperties zone) {
        this.cases = cases;
        this.participants = participants;
        this.notifications = notifications;
        this.zone = zone.zone();
    }

    @Override
    public void execute(DelegateExecution execution) {
        Notice notice = Notice.valueOf((String) execution.getVariable(NOTICE));
        Violation violation = cases.get(CaseKeys.caseNo(execution));
        Map<String, Object> model = model(violation);
        String step = execution.getCurrentActivityId();
        // queued in the outbox, not yet sent: the notification API shows when each message really went out
        StringBuilder sent = new StringBuilder("queued " + notice.name());
        send(violation, notice, step + ":courier", participants.courierUser(violation), model, sent, "courier");
        send(violation, notice, step + ":station", participants.stationManagerUser(violation), model, sent, "station");
        cases.noticeSent(violation.getCaseNo(), sent.toString());
    }

    private void send(Violation violation, Notice notice, String step, Optional<String> user, Map<String, Object> model,
            StringBuilder sent, String role) {
        if (user.isEmpty()) {
            // a courier without a login hears it from the station; a station without a manager user from its group
            log.info("{}: no {} user to notify of {}", violation.getCaseNo(), role, notice);
            return;
        }
        notifications.enqueue(new Notification(violation.getCaseNo(), notice.template, step,
                Recipient.user(user.get()), model));
        sent.append(' ').append(role);
    }

    /** Case numbers, codes and labels only: the courier's name and phone stay out of the outbox. */
    private Map<String, Object> model(Violation violation) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("caseNo", violation.getCaseNo());
        model.put("courierNo", violation.getCourierNo());
        model.put("stationCode", violation.getStationCode());
        model.put("violationType", violation.getType().name());
        model.put("violationTypeLabel", violation.getType().label());
        model.put("registeredAt", local(violation.getRegisteredAt()));
        put(model, "waybillNo", violation.getWaybillNo());
        put(model, "statusLabel", violation.getStatus().label());
        if (violation.getDecision() != null) {
            model.put("decision", violation.getDecision().name());
            model.put("decisionLabel", violation.getDecision().label());
        }
        if (violation.getSeverity() != null) {
            model.put("severityLabel", violation.getSeverity().label());
        }
        Penalty penalty = violation.penalty();
        if (penalty != null) {
            model.put("measure", penalty.measure().name());
            model.put("measureLabel", penalty.measure().label());
            model.put("fineAmount", penalty.fineAmount().toString());
            model.put("suspensionDays", penalty.suspensionDays());
            model.put("points", penalty.points());
        }
        put(model, "appealDeadline", local(violation.getAppealDeadline()));
        if (violation.getAppealOutcome() != null) {
            model.put("appealOutcome", violation.getAppealOutcome().name());
            model.put("appealOutcomeLabel", violation.getAppealOutcome().label());
        }
        return model;
    }

    private String local(Instant instant) {
        return instant == null ? null : LOCAL.format(instant.atZone(zone));
    }

    private static void put(Map<String, Object> model, String key, Object value) {
        if (value != null) {
            model.put(key, value);
        }
    }
}
