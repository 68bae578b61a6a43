package org.parceldesk.reporting;

import org.parceldesk.common.Messages;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parceldesk.common.ApiProblem;

/**
 * The local days a report covers, first to last (both included), and the same as UTC instants
 * {@code [from, to)} for the queries. Weeks are ISO weeks (Monday to Sunday), months calendar
 * months, both reckoned in the business zone (Asia/Shanghai): a case received on Sunday 23:59
 * Beijing time belongs to that week, one received on Monday 00:00 to the next.
 */
record ReportPeriod(String label, LocalDate firstDay, LocalDate lastDay, Instant from, Instant to, ZoneId zone) {

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    static ReportPeriod of(String label, LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        return new ReportPeriod(label, firstDay, lastDay, firstDay.atStartOfDay(zone).toInstant(),
                lastDay.plusDays(1).atStartOfDay(zone).toInstant(), zone);
    }

    /** {@code 2026-W48}: Monday 2026-11-23 to Sunday 2026-11-29. */
    static ReportPeriod week(String text, String parameter, ZoneId zone) {
        Matcher matcher = text == null ? null : ISO_WEEK.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw ApiProblem.invalid(parameter, Messages.forReader("report.problem.iso-week"));
        }
        int year = Integer.parseInt(matcher.group(1));
        int week = Integer.parseInt(matcher.group(2));
        LocalDate probe = LocalDate.of(year, 1, 4);
        if (week < 1 || week > probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw ApiProblem.invalid(parameter, Messages.forReader("report.problem.no-such-week", week, year));
        }
        LocalDate monday = probe.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return of(String.format("%04d-W%02d", year, week), monday, monday.plusDays(6), zone);
    }

    /** The ISO week of a local day. */
    static ReportPeriod weekOf(LocalDate day, ZoneId zone) {
        return week(String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), "week", zone);
    }

    /** {@code 2026-11}. */
    static ReportPeriod month(String text, String parameter, ZoneId zone) {
        try {
            YearMonth month = YearMonth.parse(text == null ? "" : text.strip());
            return of(month.toString(), month.atDay(1), month.atEndOfMonth(), zone);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(parameter, Messages.forReader("report.problem.month"));
        }
    }

    /** Local days {@code from} to {@code to}, both included, at most {@code maxDays} long. */
    static ReportPeriod days(String from, String to, int maxDays, ZoneId zone) {
        LocalDate first = day(from, "from");
        LocalDate last = day(to, "to");
        if (last.isBefore(first)) {
            throw ApiProblem.invalid("to", Messages.forReader("report.problem.to-before-from"));
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > maxDays) {
            throw ApiProblem.invalid("to", Messages.forReader("report.problem.range-too-long", maxDays));
        }
        return of(first + ".." + last, first, last, zone);
    }

    private static LocalDate day(String text, String parameter) {
        if (text == null || text.isBlank()) {
            throw ApiProblem.invalid(parameter, Messages.forReader("report.problem.date-required"));
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw ApiProblem.invalid(parameter, Messages.forReader("report.problem.date"));
        }
    }

    /** The period of the same length just before this one (week-over-week, month-over-month). */
    ReportPeriod previousWeek() {
        return weekOf(firstDay.minusDays(7), zone);
    }

    long days() {
        return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }
}
