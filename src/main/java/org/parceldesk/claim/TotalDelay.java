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
            throw PayoutRefusal.of("serviceType", "claim.refused.payout.service-type-required");
        }
        Instant promisedAt = request.promisedAt();
        if (promisedAt == null) {
            throw PayoutRefusal.of("promisedAt", "claim.refused.payout.promised-at-required");
        }
        Instant measuredUntil = measuredUntil(request, now);
        Duration limit = policy.totalDelayLimitFor(request.serviceType());
        return measuredUntil.isAfter(promisedAt.plus(limit));
    }

    private static Instant measuredUntil(PayoutRequest request, Instant now) {
        Instant deliveredAt = request.deliveredAt();
        if (deliveredAt == null) {
            if (!now.isAfter(request.promisedAt())) {
                throw PayoutRefusal.of("promisedAt", "claim.refused.payout.not-delayed-yet");
            }
            return now;
        }
        if (deliveredAt.isAfter(now)) {
            throw PayoutRefusal.of("deliveredAt", "claim.refused.payout.delivered-in-future");
        }
        if (!deliveredAt.isAfter(request.promisedAt())) {
            throw PayoutRefusal.of("deliveredAt", "claim.refused.payout.not-delayed");
        }
        return deliveredAt;
    }
}
