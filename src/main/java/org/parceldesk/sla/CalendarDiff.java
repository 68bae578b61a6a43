package org.parceldesk.sla;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parceldesk.sla.HolidayCalendar.CalendarEntry;

/** What a new version of a year changes: dates added, removed and changed, for the audit list. */
record CalendarDiff(List<CalendarEntry> added, List<CalendarEntry> removed, List<CalendarEntry> changed) {

    static CalendarDiff between(List<CalendarEntry> before, List<CalendarEntry> after) {
        Map<LocalDate, CalendarEntry> old = before.stream().collect(Collectors.toMap(CalendarEntry::date, Function.identity()));
        Map<LocalDate, CalendarEntry> now = after.stream().collect(Collectors.toMap(CalendarEntry::date, Function.identity()));
        List<CalendarEntry> added = new ArrayList<>();
        List<CalendarEntry> changed = new ArrayList<>();
        for (CalendarEntry entry : after) {
            CalendarEntry earlier = old.get(entry.date());
            if (earlier == null) {
                added.add(entry);
            } else if (earlier.type() != entry.type() || !Objects.equals(earlier.occasion(), entry.occasion())) {
                changed.add(entry);
            }
        }
        List<CalendarEntry> removed = before.stream().filter(entry -> !now.containsKey(entry.date())).toList();
        return new CalendarDiff(List.copyOf(added), removed, List.copyOf(changed));
    }

    boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    String summary() {
        List<String> parts = new ArrayList<>();
        added.forEach(entry -> parts.add("+" + line(entry)));
        removed.forEach(entry -> parts.add("-" + line(entry)));
        changed.forEach(entry -> parts.add("~" + line(entry)));
        return parts.isEmpty() ? "no change" : String.join("; ", parts);
    }

    static String describe(List<CalendarEntry> entries) {
        long off = entries.stream().filter(entry -> entry.type() == DayType.PUBLIC_HOLIDAY).count();
        return off + " days off, " + (entries.size() - off) + " make-up working days";
    }

    private static String line(CalendarEntry entry) {
        return entry.date() + " " + entry.type() + " " + entry.occasion();
    }
}
