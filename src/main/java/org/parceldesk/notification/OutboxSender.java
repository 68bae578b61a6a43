package org.parceldesk.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains one channel of the outbox (e-mail or SMS, see {@link OutboxTransport}) on one node: claims
 * due rows of that channel one at a time (a guarded UPDATE per row, so that several nodes never
 * claim the same row), checks that it still holds the claim, sends the message outside any
 * database transaction, then marks it SENT. An outage of the SMTP server or SMS gateway puts the
 * row back to PENDING with a capped exponential backoff; the last allowed attempt, a template error,
 * an invalid address or a gateway's refusal marks it FAILED with the reason.
 * A node that dies mid-send leaves its rows SENDING until the claim's lease expires; another
 * node then sends them again with the same Message-ID (SMS: the same gateway reference).
 *
 * <p>Create one through {@link OutboxSenders}; the schedule calls {@link #drainOnce()}.
 */
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxStore store;
    private final OutboxRepository rows;
    private final OutboxTransport<?> transport;
    private final NotificationProperties properties;
    private final Clock clock;
    private final String node;

    OutboxSender(OutboxStore store, OutboxRepository rows, OutboxTransport<?> transport,
            NotificationProperties properties, Clock clock, String node) {
        this.store = store;
        this.rows = rows;
        this.transport = transport;
        this.properties = properties;
        this.clock = clock;
        this.node = node;
    }

    /** What one drain did. */
    public record DrainResult(int claimed, int sent, int retrying, int failed) {

        static final DrainResult NONE = new DrainResult(0, 0, 0, 0);
    }

    /** The channel this sender drains. */
    public OutboxChannel channel() {
        return transport.channel();
    }

    /** The name this sender writes into {@code claimed_by}. */
    public String node() {
        return node;
    }

    /**
     * Takes up to one batch of due rows, one at a time: each row is claimed (a guarded UPDATE) right
     * before it is sent, so that a claim is never older than one message's SMTP exchange, which the
     * SMTP timeouts keep well below the lease. Never throws.
     */
    public DrainResult drainOnce() {
        List<Long> due;
        try {
            due = store.dueIds(transport.channel(), clock.instant(), properties.sender().batchSize());
        } catch (RuntimeException e) {
            log.warn("Outbox drain on {} could not read due rows: {}", node, EmailMasking.maskAll(String.valueOf(e.getMessage())));
            return DrainResult.NONE;
        }
        int claimed = 0;
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        for (long id : due) {
            try {
                Instant now = clock.instant();
                if (!store.claim(id, node, now, now.plus(properties.sender().lease()))) {
                    continue; // another node took it first
                }
            } catch (RuntimeException e) {
                log.warn("Outbox drain on {} could not claim rows: {}", node, EmailMasking.maskAll(String.valueOf(e.getMessage())));
                break;
            }
            claimed++;
            try {
                switch (deliver(id)) {
                    case SENT -> sent++;
                    case RETRYING -> retrying++;
                    case FAILED -> failed++;
                    case LOST -> { }
                }
            } catch (RuntimeException e) {
                // e.g. the database went away after sending: the claim expires and the row is sent again
                log.warn("Outbox row {} left SENDING on {} until its claim expires: {}", id, node,
                        EmailMasking.maskAll(String.valueOf(e.getMessage())));
            }
        }
        if (claimed > 0) {
            log.info("Outbox drain on {}: {} claimed, {} sent, {} to retry, {} failed", node, claimed, sent, retrying, failed);
        }
        return new DrainResult(claimed, sent, retrying, failed);
    }

    private enum Outcome { SENT, RETRYING, FAILED, LOST }

    private Outcome deliver(long id) {
        Optional<OutboxMessage> row = rows.findById(id);
        if (row.isEmpty()) {
            return Outcome.LOST;
        }
        return deliver(row.get(), transport);
    }

    private <M> Outcome deliver(OutboxMessage message, OutboxTransport<M> transport) {
        long id = message.getId();
        M ready;
        try {
            ready = transport.prepare(message);
        } catch (OutboxTransport.Undeliverable e) {
            return fail(message, e.getMessage());
        }
        if (!store.holds(id, node, clock.instant())) {
            // this node stalled past its claim and another node may be sending the row: leave it to that node
            log.warn("Outbox row {} (case {}) not sent by {}: its claim expired before sending", id, message.getCaseNo(), node);
            return Outcome.LOST;
        }
        try {
            transport.send(ready);
        } catch (OutboxTransport.Retryable e) {
            return retryOrFail(message, e.getMessage());
        } catch (OutboxTransport.Undeliverable e) {
            return fail(message, e.getMessage());
        }
        if (!store.markSent(id, node, clock.instant(), transport.segments(ready))) {
            log.warn("Outbox row {} (case {}) was sent by {} after its claim had expired", id, message.getCaseNo(), node);
        }
        return Outcome.SENT;
    }

    private Outcome retryOrFail(OutboxMessage message, String reason) {
        int attempts = message.getAttempts();
        NotificationProperties.Retry retry = properties.retry();
        if (attempts >= retry.maxAttempts()) {
            return fail(message, transport.serviceName() + " failed " + attempts + " times; last error: " + reason);
        }
        Instant next = clock.instant().plus(retry.delayAfter(attempts));
        store.reschedule(message.getId(), node, next, reason);
        log.warn("Outbox row {} (case {}, {}) not sent, attempt {}/{}; next try at {}: {}", message.getId(),
                message.getCaseNo(), message.getTemplate(), attempts, retry.maxAttempts(), next, EmailMasking.maskAll(reason));
        return Outcome.RETRYING;
    }

    private Outcome fail(OutboxMessage message, String reason) {
        store.markFailed(message.getId(), node, reason);
        log.error("Outbox row {} (case {}, {}) FAILED: {}", message.getId(), message.getCaseNo(), message.getTemplate(),
                EmailMasking.maskAll(reason));
        return Outcome.FAILED;
    }

    static String describe(Throwable e) {
        StringBuilder reason = new StringBuilder(e.getClass().getSimpleName());
        String message = e.getMessage();
        if (message != null) {
            reason.append(": ").append(message.replaceAll("\\s+", " ").trim());
        }
        return reason.toString();
    }
}
