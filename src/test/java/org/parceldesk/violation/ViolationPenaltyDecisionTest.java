package org.parceldesk.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parceldesk.common.Money;

/** Reading the decision's outputs, including what a process designer may leave behind. */
class ViolationPenaltyDecisionTest {

    @Test
    void inputsUseTheEnumNames() {
        assertThat(ViolationPenaltyDecision.inputs(ViolationType.RUDE, Severity.MINOR, 2)).containsOnly(
                Map.entry("violationType", "RUDE"),
                Map.entry("severity", "MINOR"),
                Map.entry("priorUpheld90d", 2));
    }

    @Test
    void refusesANegativeRepeatCount() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                ViolationPenaltyDecision.inputs(ViolationType.RUDE, Severity.MINOR, -1));
    }

    @Test
    void readsAFineFromADouble() {
        Penalty penalty = ViolationPenaltyDecision.penaltyFrom(outputs("FINE", 150.5, 0, 3));

        assertThat(penalty).isEqualTo(Penalty.fine(Money.of("150.50"), 3));
    }

    @Test
    void readsEmptyFineAndSuspensionCellsAsNone() {
        Penalty penalty = ViolationPenaltyDecision.penaltyFrom(outputs("WARNING", null, null, 1));

        assertThat(penalty).isEqualTo(Penalty.warning(1));
    }

    @Test
    void refusesAnUnknownMeasure() {
        assertThatIllegalStateException()
                .isThrownBy(() -> ViolationPenaltyDecision.penaltyFrom(outputs("REPRIMAND", 0.0, 0, 1)))
                .withMessageContaining("REPRIMAND");
    }

    @Test
    void refusesMissingPoints() {
        assertThatIllegalStateException()
                .isThrownBy(() -> ViolationPenaltyDecision.penaltyFrom(outputs("WARNING", 0.0, 0, null)))
                .withMessageContaining("points");
    }

    @Test
    void refusesAnAmountOnAWarning() {
        assertThatIllegalStateException()
                .isThrownBy(() -> ViolationPenaltyDecision.penaltyFrom(outputs("WARNING", 50.0, 0, 1)))
                .withMessageContaining("FINE");
    }

    private static Map<String, Object> outputs(
            String measure, Double fineAmount, Integer suspensionDays, Integer points) {
        Map<String, Object> outputs = new HashMap<>();
        outputs.put("measure", measure);
        outputs.put("fineAmount", fineAmount);
        outputs.put("suspensionDays", suspensionDays);
        outputs.put("points", points);
        return outputs;
    }
}
