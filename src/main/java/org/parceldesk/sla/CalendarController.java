package org.parceldesk.sla;

import org.parceldesk.common.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.parceldesk.common.ApiProblem;
import org.parceldesk.sla.CalendarMaintenance.CalendarChange;
import org.parceldesk.sla.CalendarMaintenance.StoredYear;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The business calendar for admins ({@code /api/v1/admin/**} is admin-only, see SecurityConfiguration):
 * read the years, replace a year from a JSON list of dates or an uploaded CSV file, read the audit list.
 */
@RestController
@RequestMapping("/api/v1/admin/calendar")
class CalendarController {

    private final CalendarMaintenance maintenance;
    private final CalendarCoverage coverage;

    CalendarController(CalendarMaintenance maintenance, CalendarCoverage coverage) {
        this.maintenance = maintenance;
        this.coverage = coverage;
    }

    record DayView(LocalDate date, DayType type, String name) {
    }

    record YearView(int year, CalendarSource source, Instant updatedAt, String updatedBy, long daysOff,
                    long makeUpWorkdays, List<DayView> days) {

        static YearView of(StoredYear year, boolean withDays) {
            long off = year.entries().stream().filter(entry -> entry.type() == DayType.PUBLIC_HOLIDAY).count();
            return new YearView(year.year(), year.source(), year.updatedAt(), year.updatedBy(), off,
                    year.entries().size() - off, withDays
                            ? year.entries().stream().map(e -> new DayView(e.date(), e.type(), e.occasion())).toList()
                            : null);
        }
    }

    record CalendarOverview(List<YearView> years, List<Integer> missingYears, String warning) {
    }

    record ChangeView(int year, CalendarAudit.Action action, String summary, int clocksRecomputed) {

        static ChangeView of(CalendarChange change) {
            return new ChangeView(change.year(), change.action(), change.summary(), change.clocksRecomputed());
        }
    }

    @GetMapping
    CalendarOverview overview() {
        CalendarCoverage.Status status = coverage.status();
        return new CalendarOverview(maintenance.years().stream().map(year -> YearView.of(year, false)).toList(),
                status.missingYears(), status.warning());
    }

    @GetMapping("/{year}")
    YearView year(@PathVariable int year) {
        return YearView.of(maintenance.year(year), true);
    }

    @PutMapping(path = "/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ChangeView replace(@PathVariable int year, @RequestBody CalendarYearInput input, Authentication user) {
        return ChangeView.of(maintenance.replaceYear(year, input, user.getName(), CalendarSource.API));
    }

    @PostMapping(path = "/{year}/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ChangeView upload(@PathVariable int year, @RequestParam("file") MultipartFile file,
                      @RequestParam(name = "complete", required = false) Boolean complete, Authentication user) {
        try (InputStream csv = file.getInputStream()) {
            return ChangeView.of(maintenance.replaceYear(year, csv, complete, user.getName()));
        } catch (IOException e) {
            throw ApiProblem.unprocessable("file",
                    Messages.forReader("sla.calendar.file-unreadable", e.getMessage()));
        }
    }

    @GetMapping("/audit")
    List<CalendarAudit> audit(@RequestParam(required = false) Integer year) {
        return maintenance.audit(year);
    }
}
