package org.parceldesk.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per key (a client address), in memory: one node's view only. A bucket holds at
 * most {@code requests} tokens and regains them evenly over {@code per}; time comes from the
 * injected clock, so tests move it instead of sleeping.
 */
final class RateLimiter {

    private final AbuseProperties.Rate rate;
    private final Clock clock;
    private final int maxKeys;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(AbuseProperties.Rate rate, Clock clock, int maxKeys) {
        this.rate = rate;
        this.clock = clock;
        this.maxKeys = maxKeys;
    }

    /** Takes one token; empty when taken, else how long until the next token. */
    Duration take(String key) {
        return bucket(key).take(clock.millis());
    }

    /** How long {@code key} must wait for a token, zero when one is there (nothing is taken). */
    Duration waitTime(String key) {
        Bucket bucket = buckets.get(key);
        return bucket == null ? Duration.ZERO : bucket.waitTime(clock.millis());
    }

    int trackedKeys() {
        return buckets.size();
    }

    private Bucket bucket(String key) {
        if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
            forgetFullBuckets();
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(rate.requests(), clock.millis()));
    }

    /** A full bucket is the same as no bucket: forgetting it keeps the map bounded without giving anyone tokens. */
    private void forgetFullBuckets() {
        long now = clock.millis();
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext();) {
            if (it.next().isFull(now)) {
                it.remove();
            }
        }
    }

    private final class Bucket {

        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        synchronized Duration take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return untilOneToken();
        }

        synchronized Duration waitTime(long now) {
            refill(now);
            return tokens >= 1 ? Duration.ZERO : untilOneToken();
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= rate.requests();
        }

        private void refill(long now) {
            if (now > updatedAt) {
                tokens = Math.min(rate.requests(), tokens + (now - updatedAt) * tokensPerMilli());
                updatedAt = now;
            }
        }

        private Duration untilOneToken() {
            // the small subtraction keeps floating-point noise from adding a whole millisecond (and second)
            return Duration.ofMillis((long) Math.ceil((1 - tokens) / tokensPerMilli() - 1e-6));
        }

        private double tokensPerMilli() {
            return rate.requests() / (double) rate.per().toMillis();
        }
    }
}
