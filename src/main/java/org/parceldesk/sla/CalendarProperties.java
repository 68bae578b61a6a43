package org.parceldesk.sla;

import java.time.Duration;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Working time of customer service, bound from {@code parceldesk.calendar.*}.
 *
 * @param zone             where calendar days begin and end, whatever the server's time zone
 * @param workdayStart     opening time on a working day (the 客服 shift starts at 08:30)
 * @param workdayEnd       closing time on a working day; business time stops here
 * @param holidaysLocation Spring resource location of the holiday file ({@code classpath:} or {@code file:}) that
 *                         seeds the calendar tables on first start
 * @param refreshInterval  how often a node checks the calendar table's revision and reloads its cached copy
 * @param nextYearWarning  from this day of the year ({@code MM-dd}) on, a missing next year is warned about
 * @param minDaysOff       a year is complete only when it lists at least this many days off (13 statutory days)
 * @param reminderCron     when the daily reminder mail to admins is queued while next year is missing
 *                         (Spring cron, in {@code zone}); "-" switches it off
 * @param reminderGroups   Camunda group ids that receive the reminder
 */
@ConfigurationProperties(prefix = "parceldesk.calendar")
record CalendarProperties(
        @DefaultValue(DEFAULT_ZONE) ZoneId zone,
        @DefaultValue(DEFAULT_WORKDAY_START) LocalTime workdayStart,
        @DefaultValue(DEFAULT_WORKDAY_END) LocalTime workdayEnd,
        @DefaultValue(DEFAULT_HOLIDAYS_LOCATION) String holidaysLocation,
        @DefaultValue("30s") Duration refreshInterval,
        @DefaultValue("11-01") String nextYearWarning,
        @DefaultValue("13") int minDaysOff,
        @DefaultValue("0 0 9 * * *") String reminderCron,
        @DefaultValue("admin") List<String> reminderGroups) {

    public static final String DEFAULT_ZONE = "Asia/Shanghai";
    public static final String DEFAULT_WORKDAY_START = "08:30";
    public static final String DEFAULT_WORKDAY_END = "17:00";
    public static final String DEFAULT_HOLIDAYS_LOCATION = "classpath:calendar/holidays-cn.yaml";

    @ConstructorBinding
    public CalendarProperties {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(workdayStart, "workdayStart");
        Objects.requireNonNull(workdayEnd, "workdayEnd");
        Objects.requireNonNull(holidaysLocation, "holidaysLocation");
        // Business-time arithmetic walks from opening to closing within one calendar day.
        if (!workdayStart.isBefore(workdayEnd)) {
            throw new IllegalArgumentException(
                    "workdayStart " + workdayStart + " must be before workdayEnd " + workdayEnd);
        }
        Objects.requireNonNull(refreshInterval, "refreshInterval");
        if (refreshInterval.isNegative()) {
            throw new IllegalArgumentException("parceldesk.calendar.refresh-interval must not be negative: " + refreshInterval);
        }
        nextYearWarningDay(nextYearWarning);
        if (minDaysOff < 0) {
            throw new IllegalArgumentException("parceldesk.calendar.min-days-off must not be negative: " + minDaysOff);
        }
        Objects.requireNonNull(reminderCron, "reminderCron");
        reminderGroups = reminderGroups == null ? List.of() : List.copyOf(reminderGroups);
    }

    /** Working hours and the holiday file only; everything else at its default. */
    public CalendarProperties(ZoneId zone, LocalTime workdayStart, LocalTime workdayEnd, String holidaysLocation) {
        this(zone, workdayStart, workdayEnd, holidaysLocation, Duration.ofSeconds(30), "11-01", 13, "0 0 9 * * *",
                List.of("admin"));
    }

    /** The day of the year from which a missing next year is warned about. */
    public MonthDay nextYearWarningDay() {
        return nextYearWarningDay(nextYearWarning);
    }

    private static MonthDay nextYearWarningDay(String text) {
        try {
            return MonthDay.parse("--" + Objects.requireNonNull(text, "nextYearWarning"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "parceldesk.calendar.next-year-warning must be a day of the year like 11-01, found '" + text + "'");
        }
    }

    /** The documented defaults, for code that builds a calendar without Spring. */
    public static CalendarProperties defaults() {
        return new CalendarProperties(ZoneId.of(DEFAULT_ZONE), LocalTime.parse(DEFAULT_WORKDAY_START),
                LocalTime.parse(DEFAULT_WORKDAY_END), DEFAULT_HOLIDAYS_LOCATION);
    }
}
