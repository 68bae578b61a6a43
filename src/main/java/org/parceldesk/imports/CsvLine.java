package org.parceldesk.imports;

import org.parceldesk.common.Messages;
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
            problem(column, Messages.forReader("imports.value.required"));
        } else if (value.length() > maxLength) {
            problem(column, Messages.forReader("imports.value.too-long", maxLength));
            return null;
        }
        return value;
    }

    <E extends Enum<E>> E requiredEnum(String column, Class<E> type) {
        String value = optional(column);
        if (value == null) {
            problem(column, Messages.forReader("imports.value.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problem(column, Messages.forReader("imports.value.one-of", List.of(type.getEnumConstants()), value));
            return null;
        }
    }

    Instant instant(String column, boolean required) {
        String value = optional(column);
        if (value == null) {
            if (required) {
                problem(column, Messages.forReader("imports.value.required"));
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            problem(column, Messages.forReader("imports.value.date-time", value));
            return null;
        }
    }

    BigDecimal money(String column, boolean required) {
        String value = optional(column);
        if (value == null) {
            if (required) {
                problem(column, Messages.forReader("imports.value.required"));
            }
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() < 0) {
                problem(column, Messages.forReader("imports.value.negative"));
                return null;
            }
            if (amount.scale() > 2) {
                problem(column, Messages.forReader("imports.value.decimals"));
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            problem(column, Messages.forReader("imports.value.number", value));
            return null;
        }
    }

    boolean bool(String column) {
        String value = optional(column);
        if (value == null) {
            problem(column, Messages.forReader("imports.value.boolean-required"));
            return false;
        }
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            problem(column, Messages.forReader("imports.value.boolean", value));
            return false;
        }
        return Boolean.parseBoolean(value);
    }
}
