package org.parceldesk.common;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * The one place that says whether a value a client sent is plausible: amounts of money, decimals,
 * dates and text ({@link InputProperties}). Used by the JSON parser of requests, form binding, CSV
 * imports and the task listeners behind engine REST, so that every door applies the same limits.
 */
@Component
public class InputLimits {

    private final InputProperties properties;
    private final Clock clock;

    public InputLimits(InputProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** The amount as {@link Money}, or an {@link ApiProblem} naming {@code field}; null stays null. */
    public Money money(String field, BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        String refusal = moneyRefusal(amount);
        if (refusal != null) {
            throw ApiProblem.invalid(field, refusal);
        }
        return Money.of(amount);
    }

    public String moneyRefusal(BigDecimal amount) {
        return Money.refusal(amount, properties.moneyMax());
    }

    /** Refuses decimals with absurd exponents or scales before any code calls setScale or toPlainString on them. */
    public String decimalRefusal(BigDecimal value) {
        if (value.signum() != 0 && value.precision() - value.scale() > properties.maxIntegerDigits()) {
            return Messages.forReader("problem.number.too-large", properties.maxIntegerDigits());
        }
        if (value.scale() > properties.maxDecimalScale()
                && value.stripTrailingZeros().scale() > properties.maxDecimalScale()) {
            return Messages.forReader("problem.number.decimals", properties.maxDecimalScale());
        }
        return null;
    }

    public String dateRefusal(Instant instant) {
        if (instant.isBefore(earliest())) {
            return Messages.forReader("problem.date.too-early", properties.earliestDate().toString());
        }
        if (instant.isAfter(latest())) {
            return Messages.forReader("problem.date.too-late", properties.maxAhead().toDays());
        }
        return null;
    }

    public String dateRefusal(LocalDate date) {
        return dateRefusal(date.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(43_200));
    }

    public String textRefusal(String text) {
        return TextInput.refusal(text);
    }

    public InputProperties properties() {
        return properties;
    }

    private Instant earliest() {
        return properties.earliestDate().atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(86_400);
    }

    private Instant latest() {
        return clock.instant().plus(properties.maxAhead());
    }
}
