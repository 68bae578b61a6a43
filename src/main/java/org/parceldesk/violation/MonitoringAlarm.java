package org.parceldesk.violation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A vehicle alarm pushed by the BeiDou/GPS monitoring platform ({@code POST /api/v1/monitoring/alarms}).
 * It names the vehicle by plate or the courier by employee number.
 */
record MonitoringAlarm(
        @Size(max = 16) String plate,
        @Size(max = 16) String courierNo,
        @NotNull AlarmType type,
        @NotNull @Positive BigDecimal speedKmh,
        @NotNull @Positive BigDecimal limitKmh,
        @NotNull Instant at,
        @Size(max = 200) String location) {

    enum AlarmType { SPEEDING }
}
