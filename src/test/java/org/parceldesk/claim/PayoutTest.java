package org.parceldesk.claim;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parceldesk.common.Money;

class PayoutTest {

    @Test
    void refusesAnAmountThatIsNotTheSumOfItsLines() {
        List<PayoutLine> lines = List.of(new PayoutLine("退还运费 Postage refund", Money.of("12.00")));

        assertThatThrownBy(() -> new Payout(Money.of("12.01"), "DELAY_POSTAGE_REFUND", lines))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
