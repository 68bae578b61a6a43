package org.parceldesk.notification;

import java.time.Duration;
import java.util.Properties;

/**
 * The SMTP socket timeouts (Jakarta Mail's {@code mail.smtp.connectiontimeout}, {@code timeout} and
 * {@code writetimeout}, set as {@code spring.mail.properties}) must bound one message's exchange well
 * inside the outbox lease: otherwise a hung SMTP server holds a row past its claim, another node
 * takes it over, and the customer gets the mail twice. Without them Jakarta Mail waits forever.
 */
final class SmtpTimeouts {

    static final String CONNECT = "mail.smtp.connectiontimeout";
    static final String READ = "mail.smtp.timeout";
    static final String WRITE = "mail.smtp.writetimeout";
    /** An SMTP exchange (greeting, EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA, body, QUIT) has fewer round trips than this. */
    static final int ROUND_TRIPS = 10;

    private SmtpTimeouts() {
    }

    /** The longest one message can take: connect + ROUND_TRIPS × max(read, write). */
    static Duration worstCase(Properties mail) {
        long connect = millis(mail, CONNECT);
        long perRoundTrip = Math.max(millis(mail, READ), millis(mail, WRITE));
        return Duration.ofMillis(connect + ROUND_TRIPS * perRoundTrip);
    }

    /** @throws IllegalStateException when a timeout is missing or one message could outlast the lease */
    static void check(Properties mail, Duration lease) {
        Duration worst = worstCase(mail);
        if (worst.compareTo(lease) >= 0) {
            throw new IllegalStateException("SMTP timeouts allow one message up to " + worst + " (" + CONNECT + " + "
                    + ROUND_TRIPS + " × max(" + READ + ", " + WRITE + ")), not below parceldesk.notification.sender.lease "
                    + lease + ": lower the timeouts (spring.mail.properties) or raise the lease");
        }
    }

    private static long millis(Properties mail, String key) {
        String value = mail.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("spring.mail.properties." + key + " is not set: Jakarta Mail would wait forever");
        }
        long millis;
        try {
            millis = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("spring.mail.properties." + key + " must be milliseconds: " + value);
        }
        if (millis <= 0) {
            throw new IllegalStateException("spring.mail.properties." + key + " must be positive (0 waits forever): " + value);
        }
        return millis;
    }
}
