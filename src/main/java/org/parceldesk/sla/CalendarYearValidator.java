package org.parceldesk.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.FieldProblem;
import org.parceldesk.common.Messages;
import org.parceldesk.sla.HolidayCalendar.CalendarEntry;
import org.springframework.http.HttpStatus;

/**
 * Checks a year before anything is written, and reports every problem at once (RFC 9457, 422, each
 * with the field or file line at fault): each date inside the year, listed once, never both a day
 * off and a make-up working day, make-up working days on a Saturday or Sunday, names of at most 100
 * characters, {@code complete: true}, and at least {@code parceldesk.calendar.min-days-off} days
 * off (the statutory holidays; fewer means part of the notice is missing).
 */
final class CalendarYearValidator {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2199;
    private static final int MAX_NAME = 100;
    private static final String DEFAULT_OFF_NAME = "法定节假日 Public holiday";
    private static final String DEFAULT_WORK_NAME = "调休上班 Make-up working day";

    private final int minDaysOff;

    CalendarYearValidator(int minDaysOff) {
        this.minDaysOff = minDaysOff;
    }

    /** One date as entered: where it was (a JSON field such as {@code daysOff[3]} or a CSV line) and what. */
    record Candidate(LocalDate date, DayType type, String name, String field, Integer line) {
    }

    static List<Candidate> candidates(CalendarYearInput input) {
        List<Candidate> candidates = new ArrayList<>();
        add(candidates, input.daysOff(), DayType.PUBLIC_HOLIDAY, "daysOff");
        add(candidates, input.makeUpWorkdays(), DayType.MAKE_UP_WORKING_DAY, "makeUpWorkdays");
        return candidates;
    }

    private static void add(List<Candidate> candidates, List<CalendarYearInput.DateEntry> entries, DayType type,
                            String field) {
        for (int i = 0; i < entries.size(); i++) {
            CalendarYearInput.DateEntry entry = entries.get(i);
            candidates.add(new Candidate(entry == null ? null : entry.date(), type, entry == null ? null : entry.name(),
                    field + "[" + i + "]", null));
        }
    }

    /**
     * @param complete   admin's statement that the list is the whole notice
     * @param formProblems problems found while reading the input (e.g. a CSV line that is not a date)
     * @throws ApiProblem 422 listing every problem
     */
    List<CalendarEntry> validate(int year, Boolean complete, List<Candidate> candidates, List<FieldProblem> formProblems) {
        List<FieldProblem> problems = new ArrayList<>(formProblems);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.add(new FieldProblem("year", Messages.forReader("sla.calendar.year-range", MIN_YEAR, MAX_YEAR, year)));
            throw unprocessable(year, problems);
        }
        if (!Boolean.TRUE.equals(complete)) {
            problems.add(new FieldProblem("complete", Messages.forReader("sla.calendar.incomplete")));
        }
        Map<LocalDate, Candidate> seen = new HashMap<>();
        List<CalendarEntry> entries = new ArrayList<>();
        int daysOff = 0;
        for (Candidate candidate : candidates) {
            String problem = problem(year, candidate, seen);
            if (problem != null) {
                problems.add(new FieldProblem(candidate.field(), problem, candidate.line()));
                continue;
            }
            seen.put(candidate.date(), candidate);
            if (candidate.type() == DayType.PUBLIC_HOLIDAY) {
                daysOff++;
            }
            entries.add(new CalendarEntry(year, candidate.date(), candidate.type(), name(candidate)));
        }
        if (daysOff < minDaysOff && problems.stream().noneMatch(p -> p.field().startsWith("daysOff"))) {
            problems.add(new FieldProblem("daysOff", Messages.forReader("sla.calendar.too-few-days-off", daysOff, minDaysOff)));
        }
        if (!problems.isEmpty()) {
            throw unprocessable(year, problems);
        }
        return entries;
    }

    private static String problem(int year, Candidate candidate, Map<LocalDate, Candidate> seen) {
        LocalDate date = candidate.date();
        if (date == null) {
            return Messages.forReader("sla.calendar.date-missing");
        }
        if (date.getYear() != year) {
            return Messages.forReader("sla.calendar.other-year", date.toString(), year);
        }
        Candidate earlier = seen.get(date);
        if (earlier != null) {
            return earlier.type() == candidate.type()
                    ? Messages.forReader("sla.calendar.twice", date.toString(), where(earlier))
                    : Messages.forReader("sla.calendar.off-and-work", date.toString(), where(earlier));
        }
        if (candidate.type() == DayType.MAKE_UP_WORKING_DAY && date.getDayOfWeek() != DayOfWeek.SATURDAY
                && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
            // {1}: the constant as the English text always showed it (MONDAY); {2}: the day's name in the
            // reader's language (星期一)
            return Messages.forReader("sla.calendar.make-up-weekday", date.toString(), date.getDayOfWeek().name(),
                    date.getDayOfWeek().getDisplayName(TextStyle.FULL, Messages.locale()));
        }
        if (candidate.name() != null && candidate.name().strip().length() > MAX_NAME) {
            return Messages.forReader("sla.calendar.name-too-long", MAX_NAME);
        }
        return null;
    }

    private static String where(Candidate candidate) {
        return candidate.line() != null ? Messages.forReader("sla.calendar.line", candidate.line()) : candidate.field();
    }

    private static String name(Candidate candidate) {
        if (candidate.name() != null && !candidate.name().isBlank()) {
            return candidate.name().strip();
        }
        return candidate.type() == DayType.PUBLIC_HOLIDAY ? DEFAULT_OFF_NAME : DEFAULT_WORK_NAME;
    }

    static ApiProblem unprocessable(int year, List<FieldProblem> problems) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid calendar year",
                Messages.forReader("sla.calendar.not-saved", year, problems.size()), problems);
    }
}
