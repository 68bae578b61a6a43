package org.parceldesk.notification;

import java.time.Instant;

/**
 * An outbox row as the API shows it ({@code channel} EMAIL or SMS; {@code segments} for a sent SMS). Staff other than admins see the address masked
 * ({@code z***@example.com}) and addresses inside the error masked too.
 */
record NotificationView(long id, String caseNo, String template, String step, String recipient, String locale,
        OutboxStatus status, int attempts, Instant nextAttemptAt, String lastError, String claimedBy,
        Instant claimedUntil, Instant createdAt, Instant sentAt, OutboxChannel channel, Integer segments) {

    static NotificationView of(OutboxMessage row, boolean showAddresses) {
        boolean sms = row.getChannel() == OutboxChannel.SMS;
        String recipient = showAddresses ? row.getRecipient()
                : sms ? org.parceldesk.common.PersonalData.maskPhone(row.getRecipient()) : EmailMasking.mask(row.getRecipient());
        return new NotificationView(row.getId(), row.getCaseNo(), row.getTemplate(), row.getStep(),
                recipient, row.getLocale(),
                row.getStatus(), row.getAttempts(), row.getNextAttemptAt(),
                showAddresses ? row.getLastError() : EmailMasking.maskAll(row.getLastError()),
                row.getClaimedBy(), row.getClaimedUntil(), row.getCreatedAt(), row.getSentAt(), row.getChannel(),
                row.getSegments());
    }
}
