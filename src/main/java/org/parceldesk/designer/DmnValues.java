package org.parceldesk.designer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The part of FEEL's unary tests that the decision table check can reason about: {@code -} (any value),
 * lists of quoted strings ({@code "LOSS","DAMAGE"}), {@code true}/{@code false}, numbers, comparisons
 * ({@code < 200}, {@code >= 2}) and intervals ({@code [200..2000]}, {@code ]200..2000]}, {@code (0..1)}),
 * comma-separated. Anything else (variables, functions, {@code not(...)}, dates) cannot be analysed.
 */
record DmnValues(Kind kind, Set<String> strings, Set<Boolean> booleans, List<Interval> numbers) {

    enum Kind { ANY, STRINGS, BOOLEANS, NUMBERS }

    static final DmnValues ANY = new DmnValues(Kind.ANY, Set.of(), Set.of(), List.of());

    /** A range of numbers; a null bound is unbounded. */
    record Interval(BigDecimal low, boolean lowClosed, BigDecimal high, boolean highClosed) {

        static final Interval ALL = new Interval(null, false, null, false);

        static Interval point(BigDecimal value) {
            return new Interval(value, true, value, true);
        }

        boolean contains(BigDecimal value) {
            if (low != null) {
                int c = value.compareTo(low);
                if (c < 0 || c == 0 && !lowClosed) {
                    return false;
                }
            }
            if (high != null) {
                int c = value.compareTo(high);
                return c < 0 || c == 0 && highClosed;
            }
            return true;
        }
    }

    /** The values a unary-tests text stands for, or empty if the text uses more than the subset above. */
    static Optional<DmnValues> parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.equals("-")) {
            return Optional.of(ANY);
        }
        List<String> items = split(trimmed);
        if (items == null) {
            return Optional.empty();
        }
        Set<String> strings = new LinkedHashSet<>();
        Set<Boolean> booleans = new LinkedHashSet<>();
        List<Interval> numbers = new ArrayList<>();
        for (String item : items) {
            if (item.length() >= 2 && item.startsWith("\"") && item.endsWith("\"")) {
                strings.add(unquote(item));
            } else if (item.equals("true") || item.equals("false")) {
                booleans.add(Boolean.valueOf(item));
            } else {
                Interval interval = interval(item);
                if (interval == null) {
                    return Optional.empty();
                }
                numbers.add(interval);
            }
        }
        int kinds = (strings.isEmpty() ? 0 : 1) + (booleans.isEmpty() ? 0 : 1) + (numbers.isEmpty() ? 0 : 1);
        if (kinds != 1) {
            return Optional.empty();
        }
        if (!strings.isEmpty()) {
            return Optional.of(new DmnValues(Kind.STRINGS, strings, Set.of(), List.of()));
        }
        if (!booleans.isEmpty()) {
            return Optional.of(new DmnValues(Kind.BOOLEANS, Set.of(), booleans, List.of()));
        }
        return Optional.of(new DmnValues(Kind.NUMBERS, Set.of(), Set.of(), numbers));
    }

    /** A literal output value: a quoted string, a number or a boolean; empty for anything else (or nothing). */
    static Optional<Object> literal(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"") && split(trimmed) != null
                && split(trimmed).size() == 1) {
            return Optional.of(unquote(trimmed));
        }
        if (trimmed.equals("true") || trimmed.equals("false")) {
            return Optional.of(Boolean.valueOf(trimmed));
        }
        BigDecimal number = number(trimmed);
        return Optional.ofNullable(number);
    }

    /** Whether a literal value is among these values. */
    boolean allows(Object value) {
        return switch (kind) {
            case ANY -> true;
            case STRINGS -> value instanceof String s && strings.contains(s);
            case BOOLEANS -> value instanceof Boolean b && booleans.contains(b);
            case NUMBERS -> value instanceof BigDecimal n && numbers.stream().anyMatch(i -> i.contains(n));
        };
    }

    /** The text split at top-level commas, or null if quotes or brackets do not close. */
    private static List<String> split(String text) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean inRange = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                current.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    current.append(text.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
                current.append(c);
            } else if ((c == '[' || c == '(' || c == ']') && current.toString().isBlank()) {
                inRange = true;
                current.append(c);
            } else if (c == ',' && !inRange) {
                items.add(current.toString().strip());
                current.setLength(0);
            } else {
                if (inRange && (c == ']' || c == ')' || c == '[')) {
                    inRange = false;
                }
                current.append(c);
            }
        }
        if (quoted || inRange) {
            return null;
        }
        items.add(current.toString().strip());
        return items.stream().anyMatch(String::isEmpty) ? null : items;
    }

    private static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static Interval interval(String item) {
        BigDecimal exact = number(item);
        if (exact != null) {
            return Interval.point(exact);
        }
        for (String operator : List.of("<=", ">=", "<", ">")) {
            if (item.startsWith(operator)) {
                BigDecimal bound = number(item.substring(operator.length()).strip());
                if (bound == null) {
                    return null;
                }
                return switch (operator) {
                    case "<=" -> new Interval(null, false, bound, true);
                    case ">=" -> new Interval(bound, true, null, false);
                    case "<" -> new Interval(null, false, bound, false);
                    default -> new Interval(bound, false, null, false);
                };
            }
        }
        int dots = item.indexOf("..");
        if (item.length() < 5 || dots < 0) {
            return null;
        }
        char open = item.charAt(0);
        char close = item.charAt(item.length() - 1);
        BigDecimal low = number(item.substring(1, dots).strip());
        BigDecimal high = number(item.substring(dots + 2, item.length() - 1).strip());
        if (low == null || high == null || "[(]".indexOf(open) < 0 || "])[".indexOf(close) < 0) {
            return null;
        }
        return new Interval(low, open == '[', high, close == ']');
    }

    private static BigDecimal number(String text) {
        if (text.isEmpty() || !text.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(text);
    }
}
