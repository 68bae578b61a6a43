package org.parceldesk.sla;

import org.parceldesk.common.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parceldesk.common.FieldProblem;
import org.parceldesk.sla.CalendarYearValidator.Candidate;

/**
 * Reads an uploaded year (UTF-8 CSV, as spreadsheets save it):
 * <pre>
 * date,type,name
 * 2031-01-01,OFF,元旦 New Year's Day
 * 2031-01-26,WORK,春节 Spring Festival
 * </pre>
 * {@code type} is {@code OFF} (or 休) for a day off and {@code WORK} (or 班) for a make-up working
 * day; the name may contain commas (everything after the second comma). Blank lines and lines
 * starting with {@code #} are skipped. Problems name the line (line 1 is the header).
 * A file that starts with {@code BEGIN:VCALENDAR} is read as iCalendar instead ({@link CalendarIcs}).
 */
final class CalendarCsv {

    static final String HEADER = "date,type,name";
    private static final int MAX_LINES = 1000;
    /** An iCalendar year (a few lines per event) is longer than a CSV one. */
    private static final int MAX_FILE_LINES = 10_000;

    private CalendarCsv() {
    }

    record Parsed(List<Candidate> candidates, List<FieldProblem> problems) {
    }

    static Parsed read(InputStream input) throws IOException {
        List<Candidate> candidates = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        List<String> all = new ArrayList<>();
        try {
            String read;
            while ((read = reader.readLine()) != null && all.size() <= MAX_FILE_LINES) {
                all.add(all.isEmpty() && read.startsWith("\uFEFF") ? read.substring(1) : read); // a byte-order mark
            }
        } catch (CharacterCodingException e) {
            problems.add(new FieldProblem("file", text("sla.csv.not-utf8"), all.size() + 1));
            return new Parsed(candidates, problems);
        }
        if (all.size() > MAX_FILE_LINES) {
            problems.add(new FieldProblem("file", text("sla.csv.too-many-lines", MAX_FILE_LINES), MAX_FILE_LINES + 1));
            return new Parsed(candidates, problems);
        }
        if (all.stream().filter(l -> !l.isBlank()).findFirst().map(CalendarIcs::isCalendar).orElse(false)) {
            return CalendarIcs.read(all);
        }
        int number = 0;
        boolean header = false;
        for (String line : all) {
            number++;
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.strip().replace(" ", "").equalsIgnoreCase(HEADER)) {
                    problems.add(new FieldProblem("file", text("sla.csv.header", HEADER), number));
                    return new Parsed(candidates, problems);
                }
                header = true;
                continue;
            }
            if (number > MAX_LINES) {
                problems.add(new FieldProblem("file", text("sla.csv.too-many-lines", MAX_LINES), number));
                break;
            }
            readLine(line, number, candidates, problems);
        }
        if (!header && problems.isEmpty()) {
            problems.add(new FieldProblem("file", text("sla.csv.empty", HEADER)));
        }
        return new Parsed(candidates, problems);
    }

    private static void readLine(String line, int number, List<Candidate> candidates, List<FieldProblem> problems) {
        String[] cells = line.split(",", 3);
        if (cells.length < 2) {
            problems.add(new FieldProblem("type", text("sla.csv.cells"), number));
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(unquote(cells[0]));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("date", text("sla.csv.not-a-date", unquote(cells[0])), number));
            return;
        }
        DayType type = switch (unquote(cells[1]).toUpperCase(Locale.ROOT)) {
            case "OFF", "休" -> DayType.PUBLIC_HOLIDAY;
            case "WORK", "班" -> DayType.MAKE_UP_WORKING_DAY;
            default -> null;
        };
        if (type == null) {
            problems.add(new FieldProblem("type", text("sla.csv.type", unquote(cells[1])), number));
            return;
        }
        String name = cells.length > 2 ? unquote(cells[2]) : null;
        candidates.add(new Candidate(date, type, name, "date", number));
    }

    private static String text(String key, Object... args) {
        return Messages.forReader(key, args);
    }

    private static String unquote(String cell) {
        String value = cell.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).replace("\"\"", "\"");
        }
        return value;
    }
}
