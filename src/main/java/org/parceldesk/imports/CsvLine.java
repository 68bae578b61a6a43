package org.parceldesk.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.parceldesk.common.FieldProblem;

/**
 * One data line of an import file with typed accessors. A bad value is recorded as a problem
 * naming the line and column, and the accessor returns null, so that one pass reports every
 * bad row of the file instead of stopping at the first.
 */
final class CsvLine {

    private final long number;
    private final Map<String, String> values;
    private final List<FieldProblem> problems;

    CsvLine(long number, Map<String, String> values, List<FieldProblem> problems) {
        this.number = number;
        this.values = values;
        this.problems = problems;
    }

    long number() {
        return number;
    }

    int problemCount() {
        return (int) problems.stream().filter(p -> p.line() != null && p.line() == number).count();
    }

    void problem(String column, String message) {
        problems.add(new FieldProblem(column, message, (int) number));
    }

    /** The trimmed value, or null; a value with NUL, control or bidi characters is a problem of its line. */
    String optional(String column) {
        String value = values.get(column);
        String refusal = org.parceldesk.common.TextInput.refusal(value);
        if (refusal != null) {
            problem(column, refusal);
            return null;
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    String required(String column, int maxLength) {
        String value = optional(column);
        if (value == null) {
            problem(column, "is required");
        } else if (value.length() > maxLength) {
            problem(column, "is longer than " + maxLength + " characters");
            return null;
        }
        return value;
    }

    <E extends Enum<E>> E requiredEnum(String column, Class<E> type) {
        String value = optional(column);
        if (value == null) {
            problem(column, "is required");
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problem(column, "must be one of " + List.of(type.getEnumConstants()) + ", was " + value);
            return null;
        }
    }

    Instant instant(String column, boolean required) {
        String value = optional(column);
        if (value == null) {
            if (required) {
                problem(column, "is required");
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            problem(column, "must be an ISO-8601 date-time with offset, e.g. 2026-11-20T10:00:00+08:00, was " + value);
            return null;
        }
    }

    BigDecimal money(String column, boolean required) {
        String value = optional(column);
        if (value == null) {
            if (required) {
                problem(column, "is required");
            }
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() < 0) {
                problem(column, "must not be negative");
                return null;
            }
            if (amount.scale() > 2) {
                problem(column, "must have at most 2 decimals");
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            problem(column, "must be a number, was " + value);
            return null;
        }
    }

    boolean bool(String column) {
        String value = optional(column);
        if (value == null) {
            problem(column, "is required (true or false)");
            return false;
        }
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            problem(column, "must be true or false, was " + value);
            return false;
        }
        return Boolean.parseBoolean(value);
    }
}
