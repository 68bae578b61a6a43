package org.parceldesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Binds parceldesk.notification as Spring Boot does: defaults, overrides, refusals. */
class NotificationPropertiesTest {

    private static NotificationProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("parceldesk.notification", NotificationProperties.class);
    }

    @Test
    void defaults() {
        NotificationProperties properties = bind(Map.of());

        assertThat(properties.from()).isEqualTo("ParcelDesk 客服 <noreply@parceldesk.example>");
        assertThat(properties.defaultLocale()).isEqualTo("zh-CN");
        assertThat(properties.retry().initialDelay()).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.retry().multiplier()).isEqualTo(2.0);
        assertThat(properties.retry().maxAttempts()).isEqualTo(300);
        assertThat(properties.retry().maxDelay()).isEqualTo(Duration.ofMinutes(10));
        assertThat(properties.retry().retriedFor()).as("an outage of a day fails nothing")
                .isGreaterThan(Duration.ofDays(2));
        assertThat(properties.sender().enabled()).isTrue();
        assertThat(properties.sender().interval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(properties.sender().batchSize()).isEqualTo(50);
        assertThat(properties.sender().lease()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void backoffGrowsByTheMultiplier() {
        NotificationProperties properties = bind(Map.of(
                "parceldesk.notification.retry.initial-delay", "30s",
                "parceldesk.notification.retry.multiplier", "3"));

        assertThat(properties.retry().delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.retry().delayAfter(2)).isEqualTo(Duration.ofSeconds(90));
        assertThat(properties.retry().delayAfter(3)).isEqualTo(Duration.ofSeconds(270));
        assertThat(properties.retry().delayAfter(40)).as("capped at max-delay").isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> bind(Map.of("parceldesk.notification.retry.max-attempts", "0")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("max-attempts");
        assertThatThrownBy(() -> bind(Map.of("parceldesk.notification.retry.max-delay", "10s")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("max-delay");
        assertThatThrownBy(() -> bind(Map.of("parceldesk.notification.retry.multiplier", "0.5")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("multiplier");
        assertThatThrownBy(() -> bind(Map.of("parceldesk.notification.sender.batch-size", "0")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("batch-size");
    }
}
