package org.parceldesk.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of a case's messages, for case timelines: a message is only "sent" once the outbox
 * really handed it to the SMTP server; until then it is queued (or retrying, or FAILED).
 */
@Component
public class NotificationDeliveries {

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
}
