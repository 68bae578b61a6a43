package org.parceldesk.violation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parceldesk.common.Money;

class PenaltyAdjusterTest {

    private final PenaltyAdjuster withFines = new PenaltyAdjuster(PenaltyPolicy.defaults());
    private final PenaltyAdjuster withoutFines = new PenaltyAdjuster(
            new PenaltyPolicy(false, Duration.ofDays(365), 12, Money.of("200"), Duration.ofDays(90)));

    @Test
    void keepsAFineWhileFinesAreEnabled() {
        Penalty fine = Penalty.fine(Money.of("100"), 3);

        assertThat(withFines.adjust(fine)).isEqualTo(fine);
    }

    @Test
    void turnsAFineIntoTrainingWithTheSamePointsWhenFinesAreSwitchedOff() {
        assertThat(withoutFines.adjust(Penalty.fine(Money.of("300"), 6))).isEqualTo(Penalty.training(6));
    }

    @Test
    void leavesEveryOtherMeasureAloneWhenFinesAreSwitchedOff() {
        assertThat(withoutFines.adjust(Penalty.warning(1))).isEqualTo(Penalty.warning(1));
        assertThat(withoutFines.adjust(Penalty.training(3))).isEqualTo(Penalty.training(3));
        assertThat(withoutFines.adjust(Penalty.suspension(7, 12))).isEqualTo(Penalty.suspension(7, 12));
        assertThat(withoutFines.adjust(Penalty.dismissalReview(12))).isEqualTo(Penalty.dismissalReview(12));
    }

    @Test
    void aFineAtTheLimitIsApprovedByTheStationManagerAlone() {
        assertThat(withFines.needsSupervisorApproval(Penalty.fine(Money.of("200.00"), 3))).isFalse();
    }

    @Test
    void aFineAboveTheLimitAlsoNeedsTheSupervisor() {
        assertThat(withFines.needsSupervisorApproval(Penalty.fine(Money.of("200.01"), 6))).isTrue();
    }

    @Test
    void anySuspensionAndADismissalReviewAlsoNeedTheSupervisor() {
        assertThat(withFines.needsSupervisorApproval(Penalty.suspension(1, 6))).isTrue();
        assertThat(withFines.needsSupervisorApproval(Penalty.dismissalReview(12))).isTrue();
    }

    @Test
    void warningsAndTrainingNeedOnlyTheStationManager() {
        assertThat(withFines.needsSupervisorApproval(Penalty.warning(1))).isFalse();
        assertThat(withFines.needsSupervisorApproval(Penalty.training(6))).isFalse();
    }

    @Test
    void aSwitchedOffFineNoLongerCallsForTheSupervisor() {
        Penalty adjusted = withoutFines.adjust(Penalty.fine(Money.of("500"), 6));

        assertThat(withoutFines.needsSupervisorApproval(adjusted)).isFalse();
    }

    @Test
    void theLimitComesFromThePolicy() {
        PenaltyAdjuster strict = new PenaltyAdjuster(
                new PenaltyPolicy(true, Duration.ofDays(365), 12, Money.of("50"), Duration.ofDays(90)));

        assertThat(strict.needsSupervisorApproval(Penalty.fine(Money.of("100"), 3))).isTrue();
    }
}
