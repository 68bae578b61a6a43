package org.parceldesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parceldesk.shipment.ServiceType;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Binds the policy the way Spring Boot does from application.yaml, without starting a context. */
class PayoutPolicyTest {

    private static PayoutPolicy bind(Map<String, String> properties) {
        Binder binder = new Binder(new MapConfigurationPropertySource(properties));
        return binder.bindOrCreate("parceldesk.claim.payout", Bindable.of(PayoutPolicy.class));
    }

    @Test
    void emptyConfigurationGivesTheDomainDefaults() {
        PayoutPolicy policy = bind(Map.of());

        assertThat(policy.multiplier()).isEqualByComparingTo("3");
        assertThat(policy.fixedCap()).isNull();
        assertThat(policy.totalDelayLimit()).containsExactlyInAnyOrderEntriesOf(Map.of(
                ServiceType.SAME_CITY, Duration.ofDays(3),
                ServiceType.DOMESTIC, Duration.ofDays(7),
                ServiceType.INTERNATIONAL, Duration.ofDays(15)));
        assertThat(policy).isEqualTo(PayoutPolicy.defaults());
    }

    @Test
    void bindsConfiguredValuesAndKeepsDefaultsForServiceTypesNotConfigured() {
        PayoutPolicy policy = bind(Map.of(
                "parceldesk.claim.payout.multiplier", "7",
                "parceldesk.claim.payout.fixed-cap", "2000.00",
                "parceldesk.claim.payout.total-delay-limit.international", "20d",
                "parceldesk.claim.payout.total-delay-limit.same-city", "48h"));

        assertThat(policy.multiplier()).isEqualByComparingTo("7");
        assertThat(policy.fixedCap()).isEqualByComparingTo("2000.00");
        assertThat(policy.totalDelayLimitFor(ServiceType.INTERNATIONAL)).isEqualTo(Duration.ofDays(20));
        assertThat(policy.totalDelayLimitFor(ServiceType.SAME_CITY)).isEqualTo(Duration.ofHours(48));
        assertThat(policy.totalDelayLimitFor(ServiceType.DOMESTIC)).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void refusesToStartWithAMeaninglessPolicy() {
        assertThatThrownBy(() -> bind(Map.of("parceldesk.claim.payout.multiplier", "0")))
                .isInstanceOf(BindException.class).hasRootCauseMessage(
                        "parceldesk.claim.payout.multiplier must be positive, was 0");
        assertThatThrownBy(() -> new PayoutPolicy(BigDecimal.ONE, new BigDecimal("-1"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PayoutPolicy(BigDecimal.ONE, null, Map.of(ServiceType.DOMESTIC, Duration.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
