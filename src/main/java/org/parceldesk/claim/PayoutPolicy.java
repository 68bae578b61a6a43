package org.parceldesk.claim;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.parceldesk.shipment.ServiceType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The company's published compensation terms that the law leaves open (邮政法 art. 47 sets 3× for
 * uninsured registered mail; express carriers choose their own multiple or a fixed cap).
 *
 * @param multiplier      uninsured cap as a multiple of the postage; default 3
 * @param fixedCap        optional uninsured cap per waybill in yuan; when set, the lower of this
 *                        and {@code multiplier × postage} applies; {@code null} means no fixed cap
 * @param totalDelayLimit time after the promised delivery after which a delay counts as a loss
 *                        (彻底延误); service types not configured keep their default
 *                        (SAME_CITY 3 days, DOMESTIC 7 days, INTERNATIONAL 15 days)
 */
@ConfigurationProperties(prefix = "parceldesk.claim.payout")
public record PayoutPolicy(
        @DefaultValue("3") BigDecimal multiplier,
        BigDecimal fixedCap,
        Map<ServiceType, Duration> totalDelayLimit) {

    public static final BigDecimal DEFAULT_MULTIPLIER = new BigDecimal("3");

    public PayoutPolicy {
        Objects.requireNonNull(multiplier, "multiplier");
        if (multiplier.signum() <= 0) {
            throw new IllegalArgumentException("parceldesk.claim.payout.multiplier must be positive, was " + multiplier);
        }
        if (fixedCap != null && fixedCap.signum() <= 0) {
            throw new IllegalArgumentException("parceldesk.claim.payout.fixed-cap must be positive when set, was " + fixedCap);
        }
        totalDelayLimit = withDefaults(totalDelayLimit);
    }

    /** The defaults, as bound from an empty configuration. */
    public static PayoutPolicy defaults() {
        return new PayoutPolicy(DEFAULT_MULTIPLIER, null, null);
    }

    public static Map<ServiceType, Duration> defaultTotalDelayLimits() {
        Map<ServiceType, Duration> limits = new EnumMap<>(ServiceType.class);
        limits.put(ServiceType.SAME_CITY, Duration.ofDays(3));
        limits.put(ServiceType.DOMESTIC, Duration.ofDays(7));
        limits.put(ServiceType.INTERNATIONAL, Duration.ofDays(15));
        return limits;
    }

    public Duration totalDelayLimitFor(ServiceType serviceType) {
        return totalDelayLimit.get(serviceType);
    }

    // @DefaultValue cannot express a map, and configuring one service type must not drop the others.
    private static Map<ServiceType, Duration> withDefaults(Map<ServiceType, Duration> configured) {
        Map<ServiceType, Duration> limits = defaultTotalDelayLimits();
        if (configured != null) {
            configured.forEach((serviceType, limit) -> {
                Objects.requireNonNull(limit, "total-delay-limit." + serviceType);
                if (limit.isNegative() || limit.isZero()) {
                    throw new IllegalArgumentException(
                            "parceldesk.claim.payout.total-delay-limit." + serviceType + " must be positive, was " + limit);
                }
                limits.put(serviceType, limit);
            });
        }
        return Collections.unmodifiableMap(limits);
    }
}
