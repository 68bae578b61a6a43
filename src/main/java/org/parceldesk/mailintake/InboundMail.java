package org.parceldesk.mailintake;

import java.time.Instant;
import java.util.List;

/**
 * One message read from the mailbox, reduced to what intake needs.
 *
 * @param key        what makes it unique: the SHA-256 of its Message-ID (or of its headers when it has none)
 * @param messageId  the Message-ID header, if any
 * @param replyTo    the ids it answers: {@code In-Reply-To} then {@code References}
 * @param from       sender address, lower case
 * @param fromName   sender display name, if any
 * @param text       the plain text (HTML turned into text), without the quoted earlier mail
 * @param receivedAt when the mail server received it (else its Date header, else now)
 */
record InboundMail(String key, String messageId, List<String> replyTo, String from, String fromName, String subject,
        String text, List<Attachment> attachments, Instant receivedAt) {

    /** A file attached to the mail; {@code content} is null when it was larger than {@code tooLargeAbove}. */
    record Attachment(String fileName, String contentType, byte[] content, long size) {
    }
}
