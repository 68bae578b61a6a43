package org.parceldesk.overload;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How ParcelDesk sheds load instead of hanging (docs/operations.md, "Capacity and overload").
 *
 * @param maxConcurrentRequests requests served at once; the rest wait at the door, holding no connection
 * @param maxQueuedRequests     requests allowed to wait at the door; one more is answered 503 at once
 * @param queueTimeout          longest wait at the door before a 503
 * @param retryAfter            the {@code Retry-After} a 503 carries
 * @param healthCheckInterval   how often the database health check runs in the background
 * @param healthCheckTimeout    a background check that takes longer reports the database as slow
 * @param shedWhileDatabaseDown while the last background check could not reach the database, new
 *                              requests are answered 503 at once instead of each waiting out the pool's
 *                              connection timeout (they could not succeed anyway)
 */
@ConfigurationProperties("parceldesk.overload")
record OverloadProperties(
        @DefaultValue("24") int maxConcurrentRequests,
        @DefaultValue("300") int maxQueuedRequests,
        @DefaultValue("20s") Duration queueTimeout,
        @DefaultValue("2s") Duration retryAfter,
        @DefaultValue("5s") Duration healthCheckInterval,
        @DefaultValue("2s") Duration healthCheckTimeout,
        @DefaultValue("true") boolean shedWhileDatabaseDown) {

    public OverloadProperties {
        if (maxConcurrentRequests < 1) {
            throw new IllegalArgumentException("parceldesk.overload.max-concurrent-requests must be at least 1");
        }
        if (maxQueuedRequests < 0) {
            throw new IllegalArgumentException("parceldesk.overload.max-queued-requests must not be negative");
        }
    }
}
