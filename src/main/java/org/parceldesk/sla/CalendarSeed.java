package org.parceldesk.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.parceldesk.sla.HolidayCalendar.CalendarEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies the years of the shipped holiday file into the calendar tables when the tables do not have
 * them: on the first start, and when a release ships a year that nobody has entered yet. A year
 * that is in the tables is never touched, so admin's edits win over the file. Runs at every node's
 * start; the revision row lock makes two nodes starting together take turns, and the second finds
 * nothing left to do.
 */
@Component
class CalendarSeed {

    static final String SEED_USER = "system";
    private static final Logger log = LoggerFactory.getLogger(CalendarSeed.class);

    private final CalendarYearRepository years;
    private final CalendarDayRepository days;
    private final CalendarRevisionRepository revisions;
    private final CalendarAuditRepository audits;
    private final Clock clock;

    CalendarSeed(CalendarYearRepository years, CalendarDayRepository days, CalendarRevisionRepository revisions,
                 CalendarAuditRepository audits, Clock clock) {
        this.years = years;
        this.days = days;
        this.revisions = revisions;
        this.audits = audits;
        this.clock = clock;
    }

    /** @return the years copied from the file now */
    @Transactional
    public List<Integer> seed(HolidayCalendar file) {
        CalendarRevision revision = revisions.lock().orElseThrow(() ->
                new IllegalStateException("calendar_revision has no row: was migration V110 applied?"));
        Set<Integer> present = years.findAll().stream().map(CalendarYearRow::getYear).collect(Collectors.toSet());
        List<Integer> seeded = file.configuredYears().stream().filter(year -> !present.contains(year)).toList();
        Instant now = clock.instant();
        for (int year : seeded) {
            CalendarYearRow row = new CalendarYearRow(year);
            row.touch(CalendarSource.SEED, now, SEED_USER);
            years.save(row);
            List<CalendarEntry> entries = file.entries(year).stream()
                    .filter(entry -> !days.existsById(entry.date()))
                    .toList();
            days.saveAll(entries.stream().map(CalendarDayRow::new).toList());
            audits.save(new CalendarAudit(year, now, SEED_USER, CalendarAudit.Action.SEEDED, CalendarSource.SEED,
                    "seeded from " + file.source() + ": " + CalendarDiff.describe(entries), 0));
        }
        if (!seeded.isEmpty()) {
            revision.increment();
            log.info("Business calendar: years {} seeded from {}", seeded, file.source());
        }
        return seeded;
    }
}
