package org.parceldesk.mailintake;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns a Jakarta Mail message into an {@link InboundMail}: plain text preferred over HTML,
 * attachments read up to the evidence size limit (a larger one is kept as "too large", without its
 * bytes), and the customer's quoted earlier mail cut off, so that the timeline shows what is new.
 */
final class InboundMailReader {

    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "^(-{2,}\\s*(Original Message|原始邮件|Forwarded message).*|On .+ wrote:|在.+写道[:：]|发件人[:：].*|From: .*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANGLE_IDS = Pattern.compile("<[^<>\\s]+>");

    private final long maxAttachmentBytes;
    private final Clock clock;

    InboundMailReader(long maxAttachmentBytes, Clock clock) {
        this.maxAttachmentBytes = maxAttachmentBytes;
        this.clock = clock;
    }

    InboundMail read(Message message) throws MessagingException, IOException {
        String messageId = message instanceof MimeMessage mime ? mime.getMessageID() : null;
        List<String> replyTo = new ArrayList<>();
        addIds(replyTo, message.getHeader("In-Reply-To"));
        addIds(replyTo, message.getHeader("References"));
        Address[] from = message.getFrom();
        InternetAddress sender = from != null && from.length > 0 && from[0] instanceof InternetAddress a ? a : null;
        String subject = message.getSubject();
        Body body = new Body();
        collect(message, body);
        String text = body.plain != null ? body.plain : body.html != null ? htmlToText(body.html) : "";
        java.util.Date received = message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
        String key = sha256(messageId != null && !messageId.isBlank() ? "id:" + messageId.strip()
                : "headers:" + (sender == null ? "" : sender.getAddress()) + "|" + received + "|" + subject + "|" + text);
        return new InboundMail(key, messageId, replyTo,
                sender == null || sender.getAddress() == null ? null : sender.getAddress().toLowerCase(Locale.ROOT),
                sender == null ? null : sender.getPersonal(), subject == null ? "" : subject.strip(),
                withoutQuote(text), List.copyOf(body.attachments),
                received == null ? clock.instant() : received.toInstant());
    }

    private static final class Body {
        String plain;
        String html;
        final List<InboundMail.Attachment> attachments = new ArrayList<>();
    }

    private void collect(Part part, Body body) throws MessagingException, IOException {
        String disposition = part.getDisposition();
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition)
                || (part.getFileName() != null && !part.isMimeType("multipart/*"));
        if (attachment) {
            body.attachments.add(attachment(part));
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, body);
            }
            return;
        }
        if (part.isMimeType("text/plain") && body.plain == null) {
            body.plain = String.valueOf(part.getContent());
        } else if (part.isMimeType("text/html") && body.html == null) {
            body.html = String.valueOf(part.getContent());
        }
    }

    private InboundMail.Attachment attachment(Part part) throws MessagingException, IOException {
        String name = part.getFileName() == null ? null : MimeUtility.decodeText(part.getFileName());
        String type = part.getContentType() == null ? "application/octet-stream"
                : part.getContentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        try (InputStream in = part.getInputStream()) {
            byte[] head = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxAttachmentBytes + 1));
            if (head.length > maxAttachmentBytes) {
                long size = head.length + in.transferTo(java.io.OutputStream.nullOutputStream());
                return new InboundMail.Attachment(name, type, null, size);
            }
            return new InboundMail.Attachment(name, type, head, head.length);
        }
    }

    private static void addIds(List<String> ids, String[] headers) {
        if (headers == null) {
            return;
        }
        for (String header : headers) {
            var matcher = ANGLE_IDS.matcher(header);
            while (matcher.find()) {
                if (!ids.contains(matcher.group())) {
                    ids.add(matcher.group());
                }
            }
        }
    }

    /** The text above the first quote marker ("On … wrote:", "-----原始邮件-----", "> " lines). */
    static String withoutQuote(String text) {
        List<String> kept = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith(">") || QUOTE_HEADER.matcher(trimmed).matches()) {
                break;
            }
            kept.add(line);
        }
        String result = String.join("\n", kept).strip();
        return result.isEmpty() ? text.strip() : result;
    }

    static String htmlToText(String html) {
        String text = html.replaceAll("(?is)<(script|style|head)\\b.*?</\\1\\s*>", " ")
                .replaceAll("(?i)<br\\s*/?>|</p\\s*>|</div\\s*>|</li\\s*>", "\n")
                .replaceAll("<[^>]*>", "");
        return Arrays.stream(HtmlUtils.htmlUnescape(text).split("\n")).map(String::strip)
                .reduce((a, b) -> a + "\n" + b).orElse("").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
