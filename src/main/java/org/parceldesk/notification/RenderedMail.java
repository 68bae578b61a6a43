package org.parceldesk.notification;

/**
 * A rendered message.
 *
 * @param template the template file used, e.g. {@code mail/complaint-ack} or {@code mail/complaint-ack_en}
 * @param subject  the text of the template's {@code <title>}
 * @param html     the HTML body
 * @param text     the plain-text alternative derived from the HTML
 */
record RenderedMail(String template, String subject, String html, String text) {
}
