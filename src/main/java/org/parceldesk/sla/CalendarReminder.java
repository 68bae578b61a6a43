package org.parceldesk.sla;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parceldesk.notification.Notification;
import org.parceldesk.notification.Notifications;
import org.parceldesk.notification.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily mail to admins while a year is missing from the business calendar
 * ({@code parceldesk.calendar.reminder-cron}, in the business zone). Every node runs the trigger;
 * the message goes through the notification outbox under the key {@code CALENDAR-<year>} +
 * {@code calendar-missing} + the day, which the outbox queues once (unique key, per-case row lock),
 * so however many nodes run it, each admin gets one mail a day.
 */
@Component
class CalendarReminder implements SchedulingConfigurer {

    static final String TEMPLATE = "calendar-missing";
    private static final Logger log = LoggerFactory.getLogger(CalendarReminder.class);

    private final CalendarCoverage coverage;
    private final Notifications notifications;
    private final CalendarProperties properties;
    private final TransactionTemplate transactions;

    CalendarReminder(CalendarCoverage coverage, Notifications notifications, CalendarProperties properties,
            PlatformTransactionManager transactionManager) {
        this.coverage = coverage;
        this.notifications = notifications;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if ("-".equals(properties.reminderCron())) {
            log.info("Calendar reminder mails are switched off (parceldesk.calendar.reminder-cron: \"-\")");
            return;
        }
        // in the business zone: 09:00 in Shanghai, whatever the server's time zone
        registrar.addCronTask(new CronTask(this::runScheduled, new CronTrigger(properties.reminderCron(), properties.zone())));
    }

    /** What the trigger runs: in a transaction of its own, a failure logged and tried at the next trigger. */
    void runScheduled() {
        try {
            // the trigger calls this object, not its proxy: @Transactional on remindIfMissing does not apply here
            transactions.executeWithoutResult(status -> remindIfMissing());
        } catch (RuntimeException e) {
            log.warn("Calendar reminder failed; it runs again at the next trigger", e);
        }
    }

    /** Queues today's reminder for each missing year; does nothing when the calendar is complete. */
    @Transactional
    public List<Integer> remindIfMissing() {
        CalendarCoverage.Status status = coverage.status();
        LocalDate today = status.today();
        for (int year : status.missingYears()) {
            Map<String, Object> model = new HashMap<>();
            model.put("missingYear", year);
            model.put("today", today.toString());
            model.put("years", status.years().toString());
            for (String group : properties.reminderGroups()) {
                notifications.enqueue(new Notification("CALENDAR-" + year, TEMPLATE, "reminder:" + today + ":" + group,
                        Recipient.group(group), model));
            }
        }
        return status.missingYears();
    }
}
