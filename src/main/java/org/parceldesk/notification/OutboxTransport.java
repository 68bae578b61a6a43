package org.parceldesk.notification;

/**
 * One channel's way of turning an outbox row into a message and handing it over (SMTP, an SMS
 * gateway). {@link OutboxSender} owns everything else — claims, leases, retries, FAILED — so that
 * every channel follows the same exactly-once and retry rules.
 *
 * @param <M> the channel's ready-to-send message
 */
interface OutboxTransport<M> {

    OutboxChannel channel();

    /** Names the service in error texts, e.g. "SMTP" in "SMTP failed 6 times; last error: …". */
    String serviceName();

    /** Renders and builds the message; {@link Undeliverable} when it can never be sent (template, address). */
    M prepare(OutboxMessage row) throws Undeliverable;

    /** Hands the message over; {@link Retryable} for outages, {@link Undeliverable} for a definite refusal. */
    void send(M message) throws Retryable, Undeliverable;

    /** SMS segments billed for the message; null for channels that do not count them. */
    default Integer segments(M message) {
        return null;
    }

    /** A failure that no retry can cure: the row is FAILED at once. */
    final class Undeliverable extends Exception {
        Undeliverable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** A failure that may pass (server down, timeout, 5xx): the row is retried with backoff. */
    final class Retryable extends Exception {
        Retryable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
