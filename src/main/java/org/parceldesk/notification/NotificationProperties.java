package org.parceldesk.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code parceldesk.notification.*}: who mails come from, how the outbox is drained and how often
 * a failing message is retried. SMTP itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from          the From header, e.g. {@code ParcelDesk 客服 <service@parceldesk.example>}
 * @param defaultLocale locale of a recipient who states none ({@code zh-CN}); {@code en*} selects the English template
 */
@ConfigurationProperties("parceldesk.notification")
record NotificationProperties(
        @DefaultValue("ParcelDesk 客服 <noreply@parceldesk.example>") String from,
        @DefaultValue("zh-CN") String defaultLocale,
        @DefaultValue Retry retry,
        @DefaultValue Sender sender) {

    /**
     * Exponential backoff, capped: attempt n that fails waits {@code initialDelay × multiplier^(n-1)},
     * at most {@code maxDelay}; the {@code maxAttempts}-th failure marks the message FAILED. The
     * defaults keep a message for about two days of SMTP outage (1, 2, 4, 8 minutes, then every
     * 10 minutes), so that an outage of hours ends with every message sent, none FAILED.
     */
    public record Retry(
            @DefaultValue("1m") Duration initialDelay,
            @DefaultValue("2") double multiplier,
            @DefaultValue("300") int maxAttempts,
            @DefaultValue("10m") Duration maxDelay) {

        public Retry {
            if (initialDelay.isNegative() || initialDelay.isZero()) {
                throw new IllegalArgumentException("parceldesk.notification.retry.initial-delay must be positive");
            }
            if (multiplier < 1) {
                throw new IllegalArgumentException("parceldesk.notification.retry.multiplier must be at least 1");
            }
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("parceldesk.notification.retry.max-attempts must be at least 1");
            }
            if (maxDelay.compareTo(initialDelay) < 0) {
                throw new IllegalArgumentException("parceldesk.notification.retry.max-delay must not be below initial-delay");
            }
        }

        /** The wait after the given (1-based) failed attempt. */
        Duration delayAfter(int attempt) {
            double factor = Math.pow(multiplier, Math.max(0, attempt - 1));
            double millis = Math.min(initialDelay.toMillis() * factor, maxDelay.toMillis());
            return Duration.ofMillis(Math.round(millis));
        }

        /** How long a message keeps being retried before it is FAILED, with the SMTP server down throughout. */
        Duration retriedFor() {
            Duration total = Duration.ZERO;
            for (int attempt = 1; attempt < maxAttempts; attempt++) {
                total = total.plus(delayAfter(attempt));
            }
            return total;
        }
    }

    /**
     * The scheduled drain on this node.
     *
     * @param enabled   drain on a schedule (needs a JavaMailSender, i.e. {@code spring.mail.host})
     * @param interval  pause between two drains
     * @param batchSize rows claimed per drain
     * @param lease     how long a claim holds; a node that dies mid-send releases its rows after it
     * @param nodeId    names this node in {@code claimed_by}; host name plus a random suffix when empty
     */
    public record Sender(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("15s") Duration interval,
            @DefaultValue("50") int batchSize,
            @DefaultValue("5m") Duration lease,
            String nodeId) {

        public Sender {
            if (batchSize < 1) {
                throw new IllegalArgumentException("parceldesk.notification.sender.batch-size must be at least 1");
            }
            if (lease.isNegative() || lease.isZero()) {
                throw new IllegalArgumentException("parceldesk.notification.sender.lease must be positive");
            }
        }
    }
}
