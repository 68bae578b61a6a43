package org.parceldesk.notification;

/** What the recipient of an outbox row gets (or got), rendered now from its template and model. */
record NotificationPreview(long id, String caseNo, String to, String from, String subject, String locale,
        String template, String messageId, String html, String text) {
}
