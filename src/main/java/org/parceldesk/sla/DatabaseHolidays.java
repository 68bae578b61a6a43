package org.parceldesk.sla;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.parceldesk.sla.HolidayCalendar.CalendarEntry;

/**
 * The calendar tables as this node sees them: a cached {@link HolidayCalendar} that is reloaded when
 * the table's revision has moved. The revision is checked at most every
 * {@code parceldesk.calendar.refresh-interval} (one small query), so a change made on another node
 * is in effect here within that interval; a change made on this node clears the cache when it
 * commits. Reads go through the caller's transaction (and its connection) when there is one.
 */
final class DatabaseHolidays implements Supplier<HolidayCalendar> {

    static final String SOURCE = "the calendar tables (calendar_year, calendar_day)";

    private final CalendarYearRepository years;
    private final CalendarDayRepository days;
    private final CalendarRevisionRepository revisions;
    private final long refreshNanos;

    private volatile Snapshot snapshot;

    DatabaseHolidays(CalendarYearRepository years, CalendarDayRepository days, CalendarRevisionRepository revisions,
                     Duration refreshInterval) {
        this.years = years;
        this.days = days;
        this.revisions = revisions;
        this.refreshNanos = refreshInterval.toNanos();
    }

    private record Snapshot(long revision, HolidayCalendar calendar, long checkedAtNanos) {
    }

    @Override
    public HolidayCalendar get() {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current != null && now - current.checkedAtNanos() < refreshNanos) {
            return current.calendar();
        }
        // the revision first: data read afterwards is at least as new, so a race only causes one more reload
        long revision = revisions.current().orElse(0L);
        HolidayCalendar calendar = current != null && current.revision() == revision ? current.calendar() : load();
        snapshot = new Snapshot(revision, calendar, now);
        return calendar;
    }

    /** Forgets the cached copy: the next lookup reads the tables. */
    void invalidate() {
        snapshot = null;
    }

    /** Reads the tables now, without caching (in a changing transaction: including its own changes). */
    HolidayCalendar load() {
        Set<Integer> configured = years.findAll().stream().map(CalendarYearRow::getYear).collect(Collectors.toSet());
        Map<LocalDate, CalendarEntry> entries = new HashMap<>();
        for (CalendarDayRow row : days.findAll()) {
            entries.put(row.getDate(), row.entry());
        }
        return new HolidayCalendar(SOURCE, configured, entries);
    }
}
