package org.parceldesk.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.parceldesk.common.InputLimits;
import org.parceldesk.common.StepRefused;

/**
 * Reads what a user submitted with a task, the same way in the three case processes: text is
 * stripped (blank is absent) and at most {@link #MAX_TEXT} characters, a choice is an enum constant
 * (case-insensitive), a flag is {@code true}/{@code "true"}, an amount is money within
 * {@link InputLimits}, a date is {@code yyyy-MM-dd} (of a date-time, its day). Whatever is wrong is
 * refused with {@link StepRefused} naming the field, so the task stays open and the client reads one
 * problem document.
 *
 * <p>A reader for a user task knows the fields the task declares ({@link DeclaredTaskFields}): reading
 * any other name is a defect of the listener (it would trust a value no client may send) and fails
 * as such. Values the process writes itself (a channel, a portal marker) are read with
 * {@link #processValue}. No engine types: {@code EngineTasks} makes one from a Camunda task.
 */
public final class TaskInput {

    /** The longest free text a task accepts (the timelines keep as much). */
    public static final int MAX_TEXT = 2000;

    private final String taskKey;
    private final Set<String> declared;
    private final Function<String, Object> values;

    private TaskInput(String taskKey, Set<String> declared, Function<String, Object> values) {
        this.taskKey = taskKey;
        this.declared = declared;
        this.values = Objects.requireNonNull(values, "values");
    }

    /** The input of user task {@code taskKey} of {@code process}, read from {@code values} (name → value). */
    public static TaskInput of(DeclaredTaskFields process, String taskKey, Function<String, Object> values) {
        return new TaskInput(taskKey, process.fieldsOf(taskKey).orElse(Set.of()), values);
    }

    /** Values a service task reads from its process (BPMN input parameters): no declared fields to check. */
    public static TaskInput ofProcess(Function<String, Object> values) {
        return new TaskInput(null, null, values);
    }

    /** Stripped text, or null when absent or blank; refused when longer than {@link #MAX_TEXT}. */
    public String text(String field) {
        Object value = field(field);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw StepRefused.badInput(field, "input.too-long", StepRefused.label(field), MAX_TEXT);
        }
        return text;
    }

    public String requiredText(String field) {
        String text = text(field);
        if (text == null) {
            throw required(field);
        }
        return text;
    }

    /** Required text of at least {@code minLength} characters (a resolution, a report). */
    public String requiredText(String field, int minLength) {
        String text = requiredText(field);
        if (text.length() < minLength) {
            throw StepRefused.badInput(field, "input.too-short", StepRefused.label(field), minLength);
        }
        return text;
    }

    /** A checkbox: {@code true} or the text "true" (any case); anything else, and absence, is false. */
    public boolean flag(String field) {
        Object value = field(field);
        return value instanceof Boolean b ? b : value != null && "true".equalsIgnoreCase(value.toString().strip());
    }

    /** A select field; null when absent or blank, refused when not one of the constants. */
    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw notOneOf(field, Arrays.toString(type.getEnumConstants()));
        }
    }

    public <E extends Enum<E>> E requiredChoice(String field, Class<E> type) {
        E value = choice(field, type);
        if (value == null) {
            throw required(field);
        }
        return value;
    }

    /** One of two words such as APPROVED / REJECTED: true for {@code yes}; required. */
    public boolean requiredYesNo(String field, String yes, String no) {
        String value = text(field);
        if (value == null) {
            throw required(field);
        }
        if (yes.equals(value)) {
            return true;
        }
        if (no.equals(value)) {
            return false;
        }
        throw notOneOf(field, "[" + yes + ", " + no + "]");
    }

    /** One of the given words, exactly; required. */
    public String requiredOneOf(String field, Set<String> options) {
        String value = requiredText(field);
        if (!options.contains(value)) {
            throw notOneOf(field, new java.util.TreeSet<>(options).toString());
        }
        return value;
    }

    /** An amount of money within {@link InputLimits#moneyRefusal} (not negative, the maximum, 2 decimals); null when absent. */
    public BigDecimal amount(String field, InputLimits limits) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw StepRefused.badInput(field, "input.not-a-number", StepRefused.label(field));
        }
        if (amount.signum() < 0) {
            throw StepRefused.badInput(field, "input.money.negative", StepRefused.label(field));
        }
        if (limits.moneyRefusal(amount) != null) {
            if (amount.compareTo(limits.properties().moneyMax()) > 0) {
                throw StepRefused.badInput(field, "input.money.too-large", StepRefused.label(field),
                        limits.properties().moneyMax().toPlainString());
            }
            throw StepRefused.badInput(field, "input.money.decimals", StepRefused.label(field));
        }
        return amount;
    }

    /** A whole number from {@code min} to {@code max} (a number or its digits); required. */
    public int requiredWholeNumber(String field, int min, int max) {
        Object value = field(field);
        Integer number = null;
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && Math.abs(n.doubleValue()) < Integer.MAX_VALUE) {
            number = n.intValue();
        } else if (value instanceof String s && s.strip().matches("-?[0-9]{1,9}")) {
            number = Integer.parseInt(s.strip());
        }
        if (number == null || number < min || number > max) {
            throw StepRefused.badInput(field, "input.whole-number", StepRefused.label(field), min, max);
        }
        return number;
    }

    /** A day, {@code yyyy-MM-dd} (form-js) or the day of an ISO date-time a client may send; required. */
    public LocalDate requiredDate(String field) {
        String text = requiredText(field);
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw StepRefused.badInput(field, "input.not-a-date", StepRefused.label(field));
        }
    }

    /** A value the process wrote itself (not client input), as text; null when absent or blank. */
    public String processValue(String name) {
        Object value = values.apply(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** The refusal of a missing required field. */
    public static StepRefused required(String field) {
        return StepRefused.badInput(field, "input.required", StepRefused.label(field));
    }

    private static StepRefused notOneOf(String field, String options) {
        return StepRefused.badInput(field, "input.not-one-of", StepRefused.label(field), options);
    }

    private Object field(String name) {
        if (declared != null && !declared.contains(name)) {
            throw new IllegalStateException("task " + taskKey + " does not declare the field " + name
                    + " (DeclaredTaskFields); read process values with processValue");
        }
        return values.apply(name);
    }
}
