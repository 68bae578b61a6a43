package org.parceldesk.violation;

import java.math.BigDecimal;
import java.util.Map;
import org.parceldesk.common.Money;

/**
 * The contract with the {@code violation-penalty} decision table
 * ({@code processes/violation-penalty.dmn}): its key, the variables it reads and the outputs it
 * returns. Whoever calls the engine builds the inputs and reads the result here, so that a renamed
 * column breaks in one place.
 */
final class ViolationPenaltyDecision {

    public static final String KEY = "violation-penalty";
    public static final String RESOURCE = "processes/violation-penalty.dmn";

    public static final String VIOLATION_TYPE = "violationType";
    public static final String SEVERITY = "severity";
    /** Upheld violations of the same courier within {@link PenaltyPolicy#repeatWindow()}. */
    public static final String PRIOR_UPHELD = "priorUpheld90d";

    public static final String MEASURE = "measure";
    public static final String FINE_AMOUNT = "fineAmount";
    public static final String SUSPENSION_DAYS = "suspensionDays";
    public static final String POINTS = "points";

    private ViolationPenaltyDecision() {
    }

    public static Map<String, Object> inputs(ViolationType type, Severity severity, int priorUpheld) {
        if (priorUpheld < 0) {
            throw new IllegalArgumentException("priorUpheld must not be negative: " + priorUpheld);
        }
        return Map.of(
                VIOLATION_TYPE, type.name(),
                SEVERITY, severity.name(),
                PRIOR_UPHELD, priorUpheld);
    }

    /**
     * Reads one matched rule's outputs. An empty fine or suspension cell means none; measure and
     * points must be filled in.
     *
     * @throws IllegalStateException when no rule matched or a cell holds something unusable
     */
    public static Penalty penaltyFrom(Map<String, ?> outputs) {
        if (outputs == null || outputs.isEmpty()) {
            throw new IllegalStateException("decision " + KEY + " has no rule for these inputs");
        }
        try {
            PenaltyMeasure measure = PenaltyMeasure.valueOf(required(outputs, MEASURE).toString());
            Object fine = outputs.get(FINE_AMOUNT);
            Object suspensionDays = outputs.get(SUSPENSION_DAYS);
            return new Penalty(
                    measure,
                    fine == null ? Money.ZERO : Money.of(decimal(fine)),
                    suspensionDays == null ? 0 : number(suspensionDays).intValue(),
                    number(required(outputs, POINTS)).intValue());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "decision " + KEY + " returned an unusable result " + outputs + ": " + e.getMessage(), e);
        }
    }

    private static Object required(Map<String, ?> outputs, String name) {
        Object value = outputs.get(name);
        if (value == null) {
            throw new IllegalStateException("decision " + KEY + " returned no " + name + ": " + outputs);
        }
        return value;
    }

    private static Number number(Object value) {
        if (value instanceof Number number) {
            return number;
        }
        throw new IllegalArgumentException("not a number: " + value);
    }

    private static BigDecimal decimal(Object value) {
        Number number = number(value);
        // via the decimal string, so that the double 0.1 stays 0.10 and not 0.1000000000000000055…
        return number instanceof BigDecimal exact ? exact : new BigDecimal(number.toString());
    }
}
