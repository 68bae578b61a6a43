package org.parceldesk.claim;

import java.util.List;
import java.util.Objects;
import org.parceldesk.common.Money;

/**
 * The result of a payout calculation: the amount, the rule applied (a {@link PayoutRule} code) and
 * the breakdown shown to the customer. The amount is always the sum of the lines, so that what
 * the customer reads adds up to what is paid.
 */
public record Payout(Money payout, String ruleCode, List<PayoutLine> lines) {

    public Payout {
        Objects.requireNonNull(payout, "payout");
        Objects.requireNonNull(ruleCode, "ruleCode");
        lines = List.copyOf(lines);
        if (!payout.equals(sum(lines))) {
            throw new IllegalArgumentException("payout " + payout + " is not the sum of its lines " + lines);
        }
    }

    static Payout of(PayoutRule rule, List<PayoutLine> lines) {
        return new Payout(sum(lines), rule.name(), lines);
    }

    public String currency() {
        return Money.CURRENCY;
    }

    private static Money sum(List<PayoutLine> lines) {
        return lines.stream().map(PayoutLine::amount).reduce(Money.ZERO, Money::plus);
    }
}
