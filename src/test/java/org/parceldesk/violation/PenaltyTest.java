package org.parceldesk.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.parceldesk.common.Money;

class PenaltyTest {

    @Test
    void aFineCarriesItsAmountAtScaleTwo() {
        // isEqualTo, not isEqualByComparingTo: BigDecimal.equals also compares the scale
        assertThat(Penalty.fine(Money.of("50"), 1).fineAmount().amount()).isEqualTo(new BigDecimal("50.00"));
    }

    @Test
    void refusesAnAmountOnAnythingButAFine() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new Penalty(PenaltyMeasure.WARNING, Money.of("50"), 0, 1));
    }

    @Test
    void refusesAFineWithoutAnAmount() {
        assertThatIllegalArgumentException().isThrownBy(() -> Penalty.fine(Money.ZERO, 1));
    }

    @Test
    void refusesDaysOnAnythingButASuspension() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new Penalty(PenaltyMeasure.DISMISSAL_REVIEW, Money.ZERO, 7, 12));
    }

    @Test
    void refusesASuspensionWithoutDays() {
        assertThatIllegalArgumentException().isThrownBy(() -> Penalty.suspension(0, 12));
    }

    @Test
    void refusesNegativePoints() {
        assertThatIllegalArgumentException().isThrownBy(() -> Penalty.warning(-1));
    }
}
