package org.parceldesk.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of a case's messages, for case timelines: a message is only "sent" once the outbox
 * really handed it to the SMTP server; until then it is queued (or retrying, or FAILED).
 */
@Component
public class NotificationDeliveries {

    /** What {@link OutboxMail#messageId} writes: row id and creation second. */
    private static final Pattern OUTBOX_MESSAGE_ID = Pattern.compile("<?parceldesk\\.outbox\\.(\\d{1,18})\\.(\\d{1,18})@[^>\\s]+>?");

    private final OutboxRepository rows;

    NotificationDeliveries(OutboxRepository rows) {
        this.rows = rows;
    }

    /** One message to one address, oldest first. No address: timelines show what happened, not to whom. */
    public record Delivery(String template, String step, OutboxStatus status, Instant queuedAt, Instant sentAt,
            int attempts) {
    }

    @Transactional(readOnly = true)
    public List<Delivery> of(String caseNo) {
        return rows.findByCaseNoOrderById(caseNo).stream()
                .map(row -> new Delivery(row.getTemplate(), row.getStep(), row.getStatus(), row.getCreatedAt(),
                        row.getSentAt(), row.getAttempts()))
                .toList();
    }

    /**
     * The case of an e-mail the outbox sent, found from its Message-ID (as a customer's reply names
     * it in {@code In-Reply-To} or {@code References}); empty for any other id. The outbox does not
     * store the id: it is derived from the row (id and creation second), and both must match.
     */
    @Transactional(readOnly = true)
    public Optional<String> caseOfMessageId(String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        Matcher id = OUTBOX_MESSAGE_ID.matcher(messageId.strip());
        if (!id.matches()) {
            return Optional.empty();
        }
        long epochSecond = Long.parseLong(id.group(2));
        return rows.findById(Long.parseLong(id.group(1)))
                .filter(row -> row.getChannel() != OutboxChannel.SMS && row.getCreatedAt().getEpochSecond() == epochSecond)
                .map(OutboxMessage::getCaseNo);
    }
}
