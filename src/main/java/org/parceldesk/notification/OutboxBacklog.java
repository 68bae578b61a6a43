package org.parceldesk.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How far the outbox is behind, as metrics and for the admin API: messages waiting (PENDING or
 * SENDING), FAILED ones, and the age of the oldest waiting message. During an SMTP outage the
 * backlog and the age grow; after it they fall back to zero. One query, reused for a few seconds so
 * that frequent scrapes do not load the database.
 */
@Component
class OutboxBacklog implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(OutboxBacklog.class);
    private static final Duration REUSE = Duration.ofSeconds(5);

    private final OutboxStore store;
    private final Clock clock;
    private volatile Snapshot cached;

    OutboxBacklog(OutboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The outbox now, as the admin API shows it. */
    record Snapshot(long pending, long sending, long failed, Instant oldestWaitingSince, long oldestWaitingAgeSeconds,
            Instant measuredAt) {
    }

    Snapshot now() {
        Instant now = clock.instant();
        OutboxStore.Backlog backlog = store.backlog();
        long age = backlog.oldestWaitingSince() == null ? 0
                : Math.max(0, Duration.between(backlog.oldestWaitingSince(), now).toSeconds());
        Snapshot snapshot = new Snapshot(backlog.pending(), backlog.sending(), backlog.failed(),
                backlog.oldestWaitingSince(), age, now);
        cached = snapshot;
        return snapshot;
    }

    private Snapshot recent() {
        Snapshot last = cached;
        Instant now = clock.instant();
        if (last != null && !last.measuredAt().isAfter(now) && Duration.between(last.measuredAt(), now).compareTo(REUSE) < 0) {
            return last;
        }
        try {
            return now();
        } catch (RuntimeException e) {
            // the database is away: the metric says "unknown" instead of failing the whole scrape
            log.debug("Outbox backlog not measured: {}", e.getMessage());
            return null;
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("parceldesk.outbox.backlog", this, b -> value(b.recent(), s -> s.pending() + s.sending()))
                .description("Messages (e-mail and SMS) waiting to be sent (PENDING or SENDING)").baseUnit("messages").register(registry);
        Gauge.builder("parceldesk.outbox.failed", this, b -> value(b.recent(), Snapshot::failed))
                .description("Messages (e-mail and SMS) given up (FAILED), waiting for an admin's retry").baseUnit("messages").register(registry);
        Gauge.builder("parceldesk.outbox.oldest.pending.age", this, b -> value(b.recent(), Snapshot::oldestWaitingAgeSeconds))
                .description("Age of the oldest message (e-mail or SMS) not yet sent; 0 when none waits").baseUnit("seconds").register(registry);
    }

    private static double value(Snapshot snapshot, java.util.function.ToLongFunction<Snapshot> metric) {
        return snapshot == null ? Double.NaN : metric.applyAsLong(snapshot);
    }
}
