package org.parceldesk.sla;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * Public holidays and make-up working days, year by year, as published by the State Council: a
 * snapshot of the calendar tables (maintained by admin, seeded from {@code calendar/holidays-cn.yaml})
 * or of a YAML file.
 *
 * <p>The notice for a year comes out only in the November before, so lookups for a year without a
 * block must keep working: such a date is {@link DayType#NORMAL} (weekends off only) and a warning
 * is logged once per year, so that someone adds the block. Immutable and thread-safe.
 */
public final class HolidayCalendar {

    private static final Logger log = LoggerFactory.getLogger(HolidayCalendar.class);

    private final String source;
    private final SortedSet<Integer> configuredYears;
    private final Map<LocalDate, CalendarEntry> entries;
    private final Set<Integer> yearsWarnedAbout = ConcurrentHashMap.newKeySet();

    HolidayCalendar(String source, Set<Integer> configuredYears, Map<LocalDate, CalendarEntry> entries) {
        this.source = source;
        this.configuredYears = Collections.unmodifiableSortedSet(new TreeSet<>(configuredYears));
        this.entries = Map.copyOf(entries);
    }

    /**
     * Loads the calendar from a Spring resource location, e.g.
     * {@code classpath:calendar/holidays-cn.yaml} or {@code file:/etc/parceldesk/holidays.yaml}.
     *
     * @throws IllegalStateException if the file is missing or an entry is invalid
     */
    public static HolidayCalendar load(String location) {
        return load(new DefaultResourceLoader().getResource(location));
    }

    /** @throws IllegalStateException if the file is missing or an entry is invalid */
    public static HolidayCalendar load(Resource resource) {
        return HolidayCalendarYaml.read(resource);
    }

    /** Never throws for a valid date; a year without a block counts as {@link DayType#NORMAL}. */
    public DayType dayType(LocalDate date) {
        warnOnceIfNotConfigured(date.getYear());
        CalendarEntry entry = entries.get(date);
        return entry == null ? DayType.NORMAL : entry.type();
    }

    /** The holiday a date belongs to, or the holiday a make-up working day makes up for. */
    public Optional<String> occasion(LocalDate date) {
        return Optional.ofNullable(entries.get(date)).map(CalendarEntry::occasion);
    }

    /** Years that have a block in the file, in ascending order. */
    public SortedSet<Integer> configuredYears() {
        return configuredYears;
    }

    /** The listed dates of one year, in date order; empty for a year that is not configured. */
    public List<CalendarEntry> entries(int year) {
        return entries.values().stream().filter(entry -> entry.year() == year)
                .sorted(Comparator.comparing(CalendarEntry::date)).toList();
    }

    /** Where the calendar came from, for messages. */
    public String source() {
        return source;
    }

    private void warnOnceIfNotConfigured(int year) {
        if (!configuredYears.contains(year) && yearsWarnedAbout.add(year)) {
            log.warn("No public holidays configured for {} in {} (configured: {}); counting Monday to Friday"
                    + " as working days. Enter {} from the State Council notice (/console/calendar).",
                    year, source, configuredYears, year);
        }
    }

    /**
     * One listed date: a day off or a make-up working day, with the holiday it belongs to, in the
     * block of {@code year} (a notice may reach into the neighbouring year).
     */
    public record CalendarEntry(int year, LocalDate date, DayType type, String occasion) {
    }
}
