package org.parceldesk.sla;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

import org.parceldesk.common.Messages;
import org.springframework.stereotype.Component;

/**
 * Whether the business calendar covers the years SLAs are counted in. The State Council publishes a
 * year's holidays in the November before, so from {@code parceldesk.calendar.next-year-warning}
 * (1 November) on, a missing next year is a warning; a missing current year always is. Shown on the
 * console's calendar page, in the health details, and mailed daily to admins ({@link CalendarReminder}).
 */
@Component
public class CalendarCoverage {

    private final BusinessCalendar calendar;
    private final CalendarProperties properties;
    private final Clock clock;
    private final Messages messages;

    CalendarCoverage(BusinessCalendar calendar, CalendarProperties properties, Clock clock, Messages messages) {
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * @param years        the years entered
     * @param missingYears years that should be entered by now and are not
     * @param warning      what to tell admins (in the reader's language, {@code sla.calendar.missing}), or null
     *                     when nothing is missing
     */
    public record Status(LocalDate today, SortedSet<Integer> years, List<Integer> missingYears, String warning) {

        public boolean ok() {
            return missingYears.isEmpty();
        }
    }

    public Status status() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        SortedSet<Integer> years = calendar.holidays().configuredYears();
        List<Integer> missing = new ArrayList<>();
        if (!years.contains(today.getYear())) {
            missing.add(today.getYear());
        }
        MonthDay warnFrom = properties.nextYearWarningDay();
        if (!MonthDay.from(today).isBefore(warnFrom) && !years.contains(today.getYear() + 1)) {
            missing.add(today.getYear() + 1);
        }
        String warning = missing.isEmpty() ? null
                : messages.get("sla.calendar.missing", missing.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(", ")));
        return new Status(today, years, List.copyOf(missing), warning);
    }
}
