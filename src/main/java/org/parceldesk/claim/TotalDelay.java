package org.parceldesk.claim;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides whether a delay has become a total delay (彻底延误), which is paid as a loss. Only
 * strictly later than promised time + limit counts: exactly at the limit is still a delay.
 * An undelivered shipment is measured up to now.
 */
final class TotalDelay {

    private TotalDelay() {
    }

    static boolean isTotal(PayoutRequest request, PayoutPolicy policy, Instant now) {
        if (request.serviceType() == null) {
            throw new InvalidPayoutInputException("serviceType", "is required for a DELAY (it sets the total-delay limit)");
        }
        Instant promisedAt = request.promisedAt();
        if (promisedAt == null) {
            throw new InvalidPayoutInputException("promisedAt", "is required for a DELAY");
        }
        Instant measuredUntil = measuredUntil(request, now);
        Duration limit = policy.totalDelayLimitFor(request.serviceType());
        return measuredUntil.isAfter(promisedAt.plus(limit));
    }

    private static Instant measuredUntil(PayoutRequest request, Instant now) {
        Instant deliveredAt = request.deliveredAt();
        if (deliveredAt == null) {
            if (!now.isAfter(request.promisedAt())) {
                throw new InvalidPayoutInputException("promisedAt", "has not passed yet, so the shipment is not delayed");
            }
            return now;
        }
        if (deliveredAt.isAfter(now)) {
            throw new InvalidPayoutInputException("deliveredAt", "must not be in the future");
        }
        if (!deliveredAt.isAfter(request.promisedAt())) {
            throw new InvalidPayoutInputException("deliveredAt", "is not later than the promised time, so there was no delay");
        }
        return deliveredAt;
    }
}
