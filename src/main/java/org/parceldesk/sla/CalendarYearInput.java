package org.parceldesk.sla;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A year of the business calendar as admin enters it ({@code PUT /api/v1/admin/calendar/{year}}):
 * the days off and the make-up working days, each as {@code {"date": "2031-01-01", "name": "元旦"}} or
 * simply {@code "2031-01-01"} (optionally followed by a space and the name). {@code complete} must be
 * {@code true}: admin states that the list is the whole State Council notice for the year.
 */
public record CalendarYearInput(Boolean complete, List<DateEntry> daysOff, List<DateEntry> makeUpWorkdays) {

    public CalendarYearInput {
        daysOff = daysOff == null ? List.of() : daysOff;
        makeUpWorkdays = makeUpWorkdays == null ? List.of() : makeUpWorkdays;
    }

    /** One date with the holiday it belongs to; the name may be left out. */
    public record DateEntry(LocalDate date, String name) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public DateEntry(@JsonProperty("date") LocalDate date, @JsonProperty("name") String name) {
            this.date = date;
            this.name = name;
        }

        /** {@code "2031-01-01"} or {@code "2031-01-01 元旦 New Year's Day"}. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static DateEntry parse(String text) {
            String trimmed = text == null ? "" : text.strip();
            int space = trimmed.indexOf(' ');
            String datePart = space < 0 ? trimmed : trimmed.substring(0, space);
            String name = space < 0 ? null : trimmed.substring(space + 1).strip();
            try {
                return new DateEntry(LocalDate.parse(datePart), name);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + trimmed + "' does not start with a date like 2031-01-01");
            }
        }
    }
}
