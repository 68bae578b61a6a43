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
            throw InvalidPayoutInputException.of("serviceType", "必填（延误赔偿按服务类型确定彻底延误时限）",
                    "is required for a DELAY (it sets the total-delay limit)");
        }
        Instant promisedAt = request.promisedAt();
        if (promisedAt == null) {
            throw InvalidPayoutInputException.of("promisedAt", "必填（延误赔偿）", "is required for a DELAY");
        }
        Instant measuredUntil = measuredUntil(request, now);
        Duration limit = policy.totalDelayLimitFor(request.serviceType());
        return measuredUntil.isAfter(promisedAt.plus(limit));
    }

    private static Instant measuredUntil(PayoutRequest request, Instant now) {
        Instant deliveredAt = request.deliveredAt();
        if (deliveredAt == null) {
            if (!now.isAfter(request.promisedAt())) {
                throw InvalidPayoutInputException.of("promisedAt", "尚未到达，快件未延误",
                        "has not passed yet, so the shipment is not delayed");
            }
            return now;
        }
        if (deliveredAt.isAfter(now)) {
            throw InvalidPayoutInputException.of("deliveredAt", "不能晚于现在", "must not be in the future");
        }
        if (!deliveredAt.isAfter(request.promisedAt())) {
            throw InvalidPayoutInputException.of("deliveredAt", "不晚于承诺送达时间，没有延误",
                    "is not later than the promised time, so there was no delay");
        }
        return deliveredAt;
    }
}
