package org.parceldesk.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parceldesk.common.Money;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Binds the record the way Spring Boot does, without starting an application. */
class PenaltyPolicyTest {

    private static final String PREFIX = "parceldesk.violation.penalty";

    @Test
    void bindsToTheSameDefaultsAsDefaults() {
        assertThat(bind(Map.of())).isEqualTo(PenaltyPolicy.defaults());
    }

    @Test
    void bindsEveryKey() {
        PenaltyPolicy policy = bind(Map.of(
                PREFIX + ".fines-enabled", "false",
                PREFIX + ".points-window", "180d",
                PREFIX + ".suspension-review-points", "10",
                PREFIX + ".supervisor-approval-fine-above", "150.5",
                PREFIX + ".repeat-window", "60d"));

        assertThat(policy).isEqualTo(new PenaltyPolicy(
                false, Duration.ofDays(180), 10, Money.of("150.50"), Duration.ofDays(60)));
    }

    @Test
    void refusesValuesThatWouldDisableTheRules() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new PenaltyPolicy(true, Duration.ZERO, 12, Money.of("200"), Duration.ofDays(90)));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new PenaltyPolicy(true, Duration.ofDays(365), 0, Money.of("200"), Duration.ofDays(90)));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new PenaltyPolicy(true, Duration.ofDays(365), 12, Money.of("-1"), Duration.ofDays(90)));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new PenaltyPolicy(true, Duration.ofDays(365), 12, Money.of("200"), Duration.ofDays(-1)));
    }

    private static PenaltyPolicy bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate(PREFIX, PenaltyPolicy.class);
    }
}
