package org.parceldesk.violation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Vehicle monitoring alarms ({@code parceldesk.violation.monitoring.*}).
 *
 * @param speedingToleranceKmh a SPEEDING alarm becomes a violation case only when the speed is
 *                             more than this above the limit (GPS readings jitter; default 10)
 */
@ConfigurationProperties(prefix = "parceldesk.violation.monitoring")
record MonitoringProperties(@DefaultValue("10") int speedingToleranceKmh) {

    public MonitoringProperties {
        if (speedingToleranceKmh < 0) {
            throw new IllegalArgumentException("speedingToleranceKmh must not be negative: " + speedingToleranceKmh);
        }
    }
}
