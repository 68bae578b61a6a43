package org.parceldesk.claim;

import java.util.Objects;
import org.parceldesk.common.Money;

/** One line of a payout breakdown, worded for the customer (Chinese with the English term). */
public record PayoutLine(String label, Money amount) {

    public PayoutLine {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
    }
}
