package org.parceldesk.claim;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.parceldesk.common.Money;

/** A {@link PayoutLine} as stored with the claim. */
@Embeddable
class StoredPayoutLine {

    private String label;
    private BigDecimal amount;

    protected StoredPayoutLine() {
    }

    StoredPayoutLine(PayoutLine line) {
        this.label = line.label();
        this.amount = line.amount().amount();
    }

    PayoutLine toLine() {
        return new PayoutLine(label, Money.of(amount));
    }
}
