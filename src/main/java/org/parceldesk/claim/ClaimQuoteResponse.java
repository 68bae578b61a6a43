package org.parceldesk.claim;

import java.math.BigDecimal;
import java.util.List;

/** A payout as the API shows it: amount, currency, rule code and the customer-readable breakdown. */
public record ClaimQuoteResponse(BigDecimal payout, String currency, String ruleCode, List<Line> lines) {

    public record Line(String label, BigDecimal amount) {
    }

    static ClaimQuoteResponse of(Payout payout) {
        return new ClaimQuoteResponse(payout.payout().amount(), payout.currency(), payout.ruleCode(),
                payout.lines().stream().map(line -> new Line(line.label(), line.amount().amount())).toList());
    }
}
