package org.parceldesk.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parceldesk.notification.Notification;
import org.parceldesk.notification.Notifications;
import org.parceldesk.notification.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens when an SLA clock reaches its warning point or its due time: the event is recorded
 * once, and the groups configured for that SLA and level are told (through the notification outbox,
 * in the same transaction).
 */
@Service
@Transactional
class SlaEscalations {

    private static final Logger log = LoggerFactory.getLogger(SlaEscalations.class);
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SlaClockService clocks;
    private final SlaEvents events;
    private final SlaDefinitions definitions;
    private final BusinessCalendar calendar;
    private final Notifications notifications;
    private final List<SlaCaseContacts> caseContacts;
    private final Clock clock;

    /**
     * The notification port is looked up when needed, so that this feature runs before an outbox
     * implementation is present; with none, events are still recorded and a warning is logged.
     */
    SlaEscalations(SlaClockService clocks, SlaEvents events, SlaDefinitions definitions, BusinessCalendar calendar,
                   Notifications notifications, List<SlaCaseContacts> caseContacts, Clock clock) {
        this.caseContacts = caseContacts;
        this.clocks = clocks;
        this.events = events;
        this.definitions = definitions;
        this.calendar = calendar;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** What {@link #escalate} did. Only {@link #RECORDED} records an event and sends messages. */
    public enum Outcome {
        /** Recorded now and the configured groups notified. */
        RECORDED,
        /** Recorded before (a timer fired again, or another node was first): nothing done. */
        ALREADY_RECORDED,
        /** The clock is stopped: the work was done in time. */
        STOPPED,
        /** The clock is paused (waiting for the customer): time is not counting. */
        PAUSED,
        /** The clock has not reached that point (it was paused and resumed since the timer was set). */
        NOT_DUE
    }

    /**
     * Records that the case's SLA reached {@code level} and tells the groups configured for it,
     * unless the clock is stopped or paused, has not reached that point, or the event was recorded
     * before; then nothing happens.
     *
     * @throws UnknownSlaException   if the SLA is not configured
     * @throws IllegalStateException if the case has no clock for that SLA
     */
    public Outcome escalate(String caseNo, String slaName, SlaLevel level) {
        SlaDefinitions.Definition definition = definitions.definition(slaName);
        SlaClock slaClock = clocks.find(caseNo, slaName).orElseThrow(() -> new IllegalStateException(
                "SLA clock '" + slaName + "' of case " + caseNo + " was never started; cannot escalate " + level));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant deadline = level == SlaLevel.WARNING ? slaClock.getWarningAt() : slaClock.getDueAt();
        Outcome outcome;
        if (slaClock.isStopped()) {
            outcome = Outcome.STOPPED;
        } else if (slaClock.isPaused()) {
            outcome = Outcome.PAUSED;
        } else if (now.isBefore(deadline)) {
            outcome = Outcome.NOT_DUE;
            log.warn("SLA {} {} of case {} fired at {} but is due at {}: was the timer's scope re-entered after"
                    + " the clock resumed?", slaName, level, caseNo, now, deadline);
        } else if (!events.record(caseNo, slaName, level, now, deadline)) {
            outcome = Outcome.ALREADY_RECORDED;
        } else {
            notify(slaClock, definition, level);
            outcome = Outcome.RECORDED;
        }
        log.info("SLA {} {} of case {}: {}", slaName, level, caseNo, outcome);
        return outcome;
    }

    private void notify(SlaClock slaClock, SlaDefinitions.Definition definition, SlaLevel level) {
        if (definition.recipients(level).isEmpty()) {
            return;
        }
        Map<String, Object> model = model(slaClock, level);
        for (String group : definition.recipients(level)) {
            if (SlaCaseContacts.ROLES.contains(group)) {
                notifyRole(slaClock, level, group, model);
                continue;
            }
            // The outbox dedupes on case + template + step: the group is part of the step so that
            // every group gets its message, and each group only one.
            String step = slaClock.getSlaName() + ":" + level + ":" + group;
            notifications.enqueue(new Notification(slaClock.getCaseNo(), level.template(), step, Recipient.group(group), model));
        }
    }

    /** A recipient that depends on the case (the station's manager): asked of the case modules. */
    private void notifyRole(SlaClock slaClock, SlaLevel level, String role, Map<String, Object> model) {
        Optional<List<Recipient>> recipients = caseContacts.stream()
                .map(contacts -> contacts.contacts(slaClock.getCaseNo(), role))
                .flatMap(Optional::stream).findFirst();
        if (recipients.isEmpty() || recipients.get().isEmpty()) {
            log.warn("SLA {} {} of case {}: nobody found for {}", slaClock.getSlaName(), level, slaClock.getCaseNo(), role);
            return;
        }
        for (Recipient recipient : recipients.get()) {
            String step = slaClock.getSlaName() + ":" + level + ":" + role + ":" + recipient.value();
            notifications.enqueue(new Notification(slaClock.getCaseNo(), level.template(), step, recipient, model));
        }
    }

    private Map<String, Object> model(SlaClock slaClock, SlaLevel level) {
        Map<String, Object> model = new HashMap<>();
        model.put("caseNo", slaClock.getCaseNo());
        model.put("slaName", slaClock.getSlaName());
        model.put("slaLabel", definitions.label(slaClock.getSlaName()));
        model.put("level", level.name());
        model.put("mode", slaClock.getMode().name());
        model.put("startedAt", local(slaClock.getStartedAt()));
        model.put("warningAt", local(slaClock.getWarningAt()));
        model.put("dueAt", local(slaClock.getDueAt()));
        model.put("zone", calendar.zone().getId());
        return model;
    }

    /** Shown to people in the business zone (Asia/Shanghai), whatever the server's zone. */
    private String local(Instant instant) {
        return LOCAL_TIME.format(instant.atZone(calendar.zone()));
    }
}
