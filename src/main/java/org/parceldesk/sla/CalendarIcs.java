package org.parceldesk.sla;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parceldesk.common.FieldProblem;
import org.parceldesk.common.Messages;
import org.parceldesk.sla.CalendarYearValidator.Candidate;

/**
 * Reads an uploaded year as iCalendar (.ics, RFC 5545), as published holiday calendars are: every
 * {@code VEVENT} with an all-day {@code DTSTART;VALUE=DATE:20310101} (and optionally an exclusive
 * {@code DTEND} for a block of days) is a day off, unless its {@code SUMMARY} marks a make-up working
 * day: it contains 班 (补班, 上班) or the word WORK. The summary becomes the day's name. Events with a
 * time of day are refused: the calendar knows whole days only. Problems name the event's
 * {@code BEGIN:VEVENT} line.
 */
final class CalendarIcs {

    static final String BEGIN = "BEGIN:VCALENDAR";
    /** A holiday block is at most a few weeks; a longer event is a mistake, not 300 days off. */
    private static final int MAX_DAYS_PER_EVENT = 31;
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private CalendarIcs() {
    }

    static boolean isCalendar(String firstLine) {
        return firstLine != null && firstLine.strip().equalsIgnoreCase(BEGIN);
    }

    /** @param lines the file's lines, numbered from 1 */
    static CalendarCsv.Parsed read(List<String> lines) {
        List<Candidate> candidates = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        Event event = null;
        for (Line line : unfold(lines)) {
            String upper = line.text().toUpperCase(Locale.ROOT);
            if (upper.equals("BEGIN:VEVENT")) {
                event = new Event(line.number());
            } else if (upper.equals("END:VEVENT") && event != null) {
                event.addTo(candidates, problems);
                event = null;
            } else if (event != null) {
                int colon = line.text().indexOf(':');
                if (colon > 0) {
                    String name = line.text().substring(0, colon);
                    String value = line.text().substring(colon + 1).strip();
                    String property = name.split(";", 2)[0].toUpperCase(Locale.ROOT);
                    switch (property) {
                        case "DTSTART" -> event.start = value;
                        case "DTEND" -> event.end = value;
                        case "SUMMARY" -> event.summary = unescape(value);
                        default -> { }
                    }
                }
            }
        }
        if (candidates.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("file", Messages.forReader("sla.ics.no-events")));
        }
        return new CalendarCsv.Parsed(candidates, problems);
    }

    private record Line(int number, String text) {
    }

    /** RFC 5545 3.1: a line starting with a space or tab continues the previous one. */
    private static List<Line> unfold(List<String> lines) {
        List<Line> unfolded = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if ((text.startsWith(" ") || text.startsWith("\t")) && !unfolded.isEmpty()) {
                Line last = unfolded.remove(unfolded.size() - 1);
                unfolded.add(new Line(last.number(), last.text() + text.substring(1)));
            } else {
                unfolded.add(new Line(i + 1, text.strip()));
            }
        }
        return unfolded;
    }

    private static String unescape(String text) {
        return text.replace("\\,", ",").replace("\\;", ";").replace("\\n", " ").replace("\\N", " ")
                .replace("\\\\", "\\").strip();
    }

    private static final class Event {
        private final int line;
        private String start;
        private String end;
        private String summary;

        Event(int line) {
            this.line = line;
        }

        void addTo(List<Candidate> candidates, List<FieldProblem> problems) {
            LocalDate first = date(start, "DTSTART", problems);
            if (first == null) {
                return;
            }
            LocalDate last = first;
            if (end != null) {
                LocalDate exclusiveEnd = date(end, "DTEND", problems);
                if (exclusiveEnd == null) {
                    return;
                }
                if (!exclusiveEnd.isAfter(first) || exclusiveEnd.isAfter(first.plusDays(MAX_DAYS_PER_EVENT))) {
                    problems.add(new FieldProblem("date", Messages.forReader("sla.ics.end", end, MAX_DAYS_PER_EVENT), line));
                    return;
                }
                last = exclusiveEnd.minusDays(1);
            }
            DayType type = isMakeUpDay(summary) ? DayType.MAKE_UP_WORKING_DAY : DayType.PUBLIC_HOLIDAY;
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                candidates.add(new Candidate(day, type, summary, "date", line));
            }
        }

        private LocalDate date(String value, String property, List<FieldProblem> problems) {
            if (value == null) {
                problems.add(new FieldProblem("date", Messages.forReader("sla.ics.missing", property), line));
                return null;
            }
            if (value.length() != 8) {
                problems.add(new FieldProblem("date", Messages.forReader("sla.ics.not-all-day", property, value), line));
                return null;
            }
            try {
                return LocalDate.parse(value, BASIC_DATE);
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("date", Messages.forReader("sla.ics.not-a-date", property, value), line));
                return null;
            }
        }

        private static boolean isMakeUpDay(String summary) {
            return summary != null && (summary.contains("班")
                    || summary.toUpperCase(Locale.ROOT).matches(".*\\bWORK(ING)?\\b.*"));
        }
    }
}
