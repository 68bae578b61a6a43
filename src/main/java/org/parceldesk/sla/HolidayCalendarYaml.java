package org.parceldesk.sla;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parceldesk.sla.HolidayCalendar.CalendarEntry;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the holiday file into a {@link HolidayCalendar}. The file is edited by hand, so every
 * mistake is refused with the year and entry it is in rather than turned into a wrong deadline.
 */
final class HolidayCalendarYaml {

    private static final String HOLIDAYS = "holidays";
    private static final String MAKE_UP_WORKING_DAYS = "make-up-working-days";

    private final String source;
    private final Set<Integer> years = new HashSet<>();
    private final Map<LocalDate, CalendarEntry> entries = new HashMap<>();

    private HolidayCalendarYaml(String source) {
        this.source = source;
    }

    static HolidayCalendar read(Resource resource) {
        String source = resource.getDescription();
        if (!resource.exists()) {
            throw new IllegalStateException("Holiday calendar not found: " + source);
        }
        Object document;
        try (Reader reader = new InputStreamReader(resource.getInputStream(), UTF_8)) {
            document = newYaml().load(reader);
        } catch (IOException | YAMLException e) {
            throw new IllegalStateException("Cannot read holiday calendar " + source + ": " + e.getMessage(), e);
        }
        HolidayCalendarYaml file = new HolidayCalendarYaml(source);
        file.readDocument(document);
        return new HolidayCalendar(source, file.years, file.entries);
    }

    private void readDocument(Object document) {
        if (document == null) {
            return; // an empty file configures no year: every date counts as weekends-only, with warnings
        }
        for (Map.Entry<?, ?> block : asMap(document, "top level").entrySet()) {
            int year = year(block.getKey());
            years.add(year);
            readYear(year, asMap(block.getValue(), "year " + year));
        }
    }

    private void readYear(int year, Map<?, ?> block) {
        String where = "year " + year;
        requireOnlyKeys(block, List.of(HOLIDAYS, MAKE_UP_WORKING_DAYS), where);
        // A block without holidays is most likely a placeholder; accepting it would silence the warning.
        List<?> holidays = asList(block.get(HOLIDAYS), where + " " + HOLIDAYS);
        if (holidays.isEmpty()) {
            throw invalid(where, "'" + HOLIDAYS + "' must list the year's holidays");
        }
        for (int i = 0; i < holidays.size(); i++) {
            readHoliday(year, holidays.get(i), where + " " + HOLIDAYS + " #" + (i + 1));
        }
        Object makeUpDays = block.get(MAKE_UP_WORKING_DAYS);
        List<?> days = makeUpDays == null ? List.of() : asList(makeUpDays, where + " " + MAKE_UP_WORKING_DAYS);
        for (int i = 0; i < days.size(); i++) {
            readMakeUpDay(year, days.get(i), where + " " + MAKE_UP_WORKING_DAYS + " #" + (i + 1));
        }
    }

    private void readHoliday(int year, Object item, String where) {
        Map<?, ?> fields = asMap(item, where);
        requireOnlyKeys(fields, List.of("name", "from", "to"), where);
        String name = name(fields, where);
        LocalDate from = date(fields, "from", year, where);
        LocalDate to = date(fields, "to", year, where);
        if (to.isBefore(from)) {
            throw invalid(where, "'to' " + to + " is before 'from' " + from);
        }
        from.datesUntil(to.plusDays(1))
                .forEach(day -> add(new CalendarEntry(year, day, DayType.PUBLIC_HOLIDAY, name), where));
    }

    private void readMakeUpDay(int year, Object item, String where) {
        Map<?, ?> fields = asMap(item, where);
        requireOnlyKeys(fields, List.of("date", "name"), where);
        String name = name(fields, where);
        LocalDate date = date(fields, "date", year, where);
        DayOfWeek dayOfWeek = date.getDayOfWeek();
        if (dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY) {
            throw invalid(where, date + " is a " + dayOfWeek + "; a make-up working day is a Saturday or Sunday");
        }
        add(new CalendarEntry(year, date, DayType.MAKE_UP_WORKING_DAY, name), where);
    }

    private void add(CalendarEntry entry, String where) {
        CalendarEntry earlier = entries.putIfAbsent(entry.date(), entry);
        if (earlier != null) {
            throw invalid(where, entry.date() + " is already listed for " + earlier.occasion());
        }
    }

    private int year(Object key) {
        String text = String.valueOf(key);
        if (!text.matches("\\d{4}")) {
            throw invalid("top level", "expected a year such as 2026, found '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    private String name(Map<?, ?> fields, String where) {
        Object name = fields.get("name");
        if (name == null || name.toString().isBlank()) {
            throw invalid(where, "'name' is missing");
        }
        return name.toString().strip();
    }

    private LocalDate date(Map<?, ?> fields, String key, int year, String where) {
        Object value = fields.get(key);
        if (value == null) {
            throw invalid(where, "'" + key + "' is missing");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            throw invalid(where, "'" + key + "' must be a date like 2026-10-01, found '" + value + "'");
        }
        if (Math.abs(date.getYear() - year) > 1) {
            throw invalid(where, "'" + key + "' " + date + " is too far from " + year + " for its block");
        }
        return date;
    }

    private Map<?, ?> asMap(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw invalid(where, "expected keys and values, found '" + value + "'");
    }

    private List<?> asList(Object value, String where) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw invalid(where, "expected a list, found '" + value + "'");
    }

    private void requireOnlyKeys(Map<?, ?> map, List<String> allowed, String where) {
        for (Object key : map.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw invalid(where, "unknown key '" + key + "', expected " + allowed);
            }
        }
    }

    private IllegalStateException invalid(String where, String problem) {
        return new IllegalStateException("Invalid holiday calendar " + source + ", " + where + ": " + problem);
    }

    private static Yaml newYaml() {
        LoaderOptions loaderOptions = new LoaderOptions();
        loaderOptions.setAllowDuplicateKeys(false); // a year pasted twice must not silently replace the first
        DumperOptions dumperOptions = new DumperOptions();
        return new Yaml(new SafeConstructor(loaderOptions), new Representer(dumperOptions), dumperOptions,
                loaderOptions, new DatesAsText());
    }

    /** Keeps 2026-10-01 as text: SnakeYAML would otherwise make it a java.util.Date at UTC midnight. */
    private static final class DatesAsText extends Resolver {
        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            Tag tag = super.resolve(kind, value, implicit);
            return Tag.TIMESTAMP.equals(tag) ? Tag.STR : tag;
        }
    }
}
