package org.parceldesk.notification;

/**
 * The one way to tell somebody something. {@link #enqueue} writes an outbox row in the caller's
 * transaction (so a rolled-back step sends nothing) and returns at once; a sender delivers it
 * later, retrying while SMTP is down. A second enqueue with the same dedupe key (case number +
 * template + step) is ignored: a message is never sent twice.
 */
public interface Notifications {

    void enqueue(Notification notification);
}
