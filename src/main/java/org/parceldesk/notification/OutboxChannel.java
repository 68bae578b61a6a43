package org.parceldesk.notification;

/** How an outbox row reaches its recipient; each channel is drained by its own {@link OutboxSender}. */
enum OutboxChannel {
    EMAIL,
    SMS
}
