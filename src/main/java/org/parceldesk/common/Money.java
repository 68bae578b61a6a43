package org.parceldesk.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount of yuan (CNY), always at scale 2 rounded HALF_UP: the one rounding rule of the product. */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final String CURRENCY = "CNY";
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Why {@code amount} cannot be accepted as an amount of money (in the reader's language), or null when it can: negative, more
     * than 2 decimals, or above {@code max}. Every entry point asks this before any arithmetic (through
     * {@link InputLimits#money}), so that an amount like 1e10000000 is refused in microseconds instead
     * of being expanded to ten million digits by {@code setScale}.
     */
    public static String refusal(BigDecimal amount, BigDecimal max) {
        if (amount.signum() < 0) {
            return Messages.forReader("problem.money.negative");
        }
        if (amount.compareTo(max) > 0) {
            return Messages.forReader("problem.money.too-large", max.toPlainString());
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            return Messages.forReader("problem.money.decimals");
        }
        return null;
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
