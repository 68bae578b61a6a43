package org.parceldesk.sla;

import org.parceldesk.common.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.FieldProblem;
import org.parceldesk.sla.HolidayCalendar.CalendarEntry;
import org.parceldesk.sla.SlaClockService.Rescheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Admin's changes to the business calendar, one year at a time. A change replaces the year's list of
 * dates; it is validated first (nothing is written when anything is wrong), takes the revision row
 * lock (changes take turns across nodes), is audited, and moves the deadlines of running
 * business-time SLA clocks together with their timers and task due dates, all in one transaction.
 * See docs/sla.md.
 */
@Service
public class CalendarMaintenance {

    private static final Logger log = LoggerFactory.getLogger(CalendarMaintenance.class);

    private final CalendarYearRepository years;
    private final CalendarDayRepository days;
    private final CalendarRevisionRepository revisions;
    private final CalendarAuditRepository audits;
    private final DatabaseHolidays holidays;
    private final CalendarProperties properties;
    private final SlaClockService clocks;
    private final SlaTimers timers;
    private final Clock clock;
    private final CalendarYearValidator validator;

    CalendarMaintenance(CalendarYearRepository years, CalendarDayRepository days, CalendarRevisionRepository revisions,
                        CalendarAuditRepository audits, DatabaseHolidays holidays, CalendarProperties properties,
                        SlaClockService clocks, SlaTimers timers, Clock clock) {
        this.years = years;
        this.days = days;
        this.revisions = revisions;
        this.audits = audits;
        this.holidays = holidays;
        this.properties = properties;
        this.clocks = clocks;
        this.timers = timers;
        this.clock = clock;
        this.validator = new CalendarYearValidator(properties.minDaysOff());
    }

    /** What a change did. */
    public record CalendarChange(int year, CalendarAudit.Action action, String summary, int clocksRecomputed,
                                 List<Rescheduled> rescheduled) {
    }

    /** Replaces a year with a list of dates entered as JSON (or on the console page). */
    @Transactional
    public CalendarChange replaceYear(int year, CalendarYearInput input, String user, CalendarSource source) {
        List<CalendarEntry> entries = validator.validate(year, input.complete(), CalendarYearValidator.candidates(input),
                List.of());
        return store(year, entries, user, source);
    }

    /** Replaces a year with an uploaded CSV file ({@link CalendarCsv}). */
    @Transactional
    public CalendarChange replaceYear(int year, InputStream csv, Boolean complete, String user) {
        CalendarCsv.Parsed parsed;
        try {
            parsed = CalendarCsv.read(csv);
        } catch (IOException e) {
            throw ApiProblem.unprocessable("file",
                    Messages.forReader("sla.calendar.file-unreadable", e.getMessage()));
        }
        List<CalendarEntry> entries = validator.validate(year, complete, parsed.candidates(), parsed.problems());
        return store(year, entries, user, CalendarSource.UPLOAD);
    }

    /** One year as stored, in date order; 404 when the year was never entered. */
    @Transactional(readOnly = true)
    public StoredYear year(int year) {
        CalendarYearRow row = years.findById(year).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
                "Not found", Messages.forReader("sla.calendar.not-found", year), List.of()));
        return new StoredYear(year, row.getSource(), row.getUpdatedAt(), row.getUpdatedBy(),
                days.findByYearOrderByDate(year).stream().map(CalendarDayRow::entry).toList());
    }

    /** Every stored year, oldest first. */
    @Transactional(readOnly = true)
    public List<StoredYear> years() {
        Map<Integer, List<CalendarEntry>> byYear = days.findAll().stream().map(CalendarDayRow::entry)
                .sorted(java.util.Comparator.comparing(CalendarEntry::date))
                .collect(Collectors.groupingBy(CalendarEntry::year));
        return years.findAll().stream().sorted(java.util.Comparator.comparingInt(CalendarYearRow::getYear))
                .map(row -> new StoredYear(row.getYear(), row.getSource(), row.getUpdatedAt(), row.getUpdatedBy(),
                        byYear.getOrDefault(row.getYear(), List.of())))
                .toList();
    }

    /** The audit list, newest first; all years when {@code year} is null. */
    @Transactional(readOnly = true)
    public List<CalendarAudit> audit(Integer year) {
        return year == null ? audits.findAllByOrderByChangedAtDescIdDesc() : audits.findByYearOrderByChangedAtDescIdDesc(year);
    }

    /** A year as stored. */
    public record StoredYear(int year, CalendarSource source, Instant updatedAt, String updatedBy,
                             List<CalendarEntry> entries) {
    }

    private CalendarChange store(int year, List<CalendarEntry> entries, String user, CalendarSource source) {
        revisions.lock().orElseThrow(() -> new IllegalStateException("calendar_revision has no row"));
        requireNotInAnotherYear(year, entries);
        Instant now = clock.instant();
        CalendarYearRow row = years.findById(year).orElse(null);
        CalendarAudit.Action action = row == null ? CalendarAudit.Action.CREATED : CalendarAudit.Action.REPLACED;
        List<CalendarDayRow> stored = days.findByYearOrderByDate(year);
        CalendarDiff diff = CalendarDiff.between(stored.stream().map(CalendarDayRow::entry).toList(), entries);
        if (row != null && diff.isEmpty()) {
            return new CalendarChange(year, action, diff.summary(), 0, List.of());
        }
        if (row == null) {
            row = new CalendarYearRow(year);
        }
        row.touch(source, now, user);
        years.save(row);
        writeDays(stored, entries);
        revisions.lock().orElseThrow().increment();

        // the new calendar as this transaction sees it: the change is not committed and not cached yet
        BusinessCalendar changed = new BusinessCalendar(holidays.load(), properties);
        List<Rescheduled> rescheduled = clocks.recomputeBusinessClocks(changed);
        int moved = timers.move(rescheduled);
        audits.save(new CalendarAudit(year, now, user, action, source, diff.summary(), rescheduled.size()));
        invalidateCacheAfterCommit();
        log.info("Business calendar {} {} by {} ({}): {}; {} SLA clocks and {} timers/due dates moved", year, action,
                user, source, diff.summary(), rescheduled.size(), moved);
        return new CalendarChange(year, action, diff.summary(), rescheduled.size(), rescheduled);
    }

    private void writeDays(List<CalendarDayRow> stored, List<CalendarEntry> entries) {
        Map<LocalDate, CalendarEntry> wanted = entries.stream()
                .collect(Collectors.toMap(CalendarEntry::date, Function.identity()));
        List<LocalDate> kept = new ArrayList<>();
        for (CalendarDayRow row : stored) {
            CalendarEntry entry = wanted.get(row.getDate());
            if (entry == null) {
                days.delete(row);
            } else {
                row.update(entry);
                kept.add(row.getDate());
            }
        }
        days.saveAll(entries.stream().filter(entry -> !kept.contains(entry.date())).map(CalendarDayRow::new).toList());
    }

    /** A seeded notice may list a neighbouring year's date; one date belongs to one year only. */
    private void requireNotInAnotherYear(int year, List<CalendarEntry> entries) {
        List<FieldProblem> problems = days.findByDateIn(entries.stream().map(CalendarEntry::date).toList()).stream()
                .filter(row -> row.getYear() != year)
                .map(row -> new FieldProblem("date", Messages.forReader("sla.calendar.in-another-year",
                        row.getDate().toString(), row.getYear())))
                .toList();
        if (!problems.isEmpty()) {
            throw CalendarYearValidator.unprocessable(year, problems);
        }
    }

    private void invalidateCacheAfterCommit() {
        holidays.invalidate();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    holidays.invalidate();
                }
            });
        }
    }
}
