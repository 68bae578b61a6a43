package org.parceldesk.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Turns an outbox row into a rendered message and a MIME message: the part shared by sender and preview. */
@Component
class OutboxMail {

    static final String CASE_HEADER = "X-ParcelDesk-Case";

    private final MailRenderer renderer;
    private final ObjectMapper json;
    private final NotificationProperties properties;
    private final Clock clock;

    OutboxMail(MailRenderer renderer, ObjectMapper json, NotificationProperties properties, Clock clock) {
        this.renderer = renderer;
        // amounts keep their scale (12.50 stays 12.50)
        this.json = json.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.properties = properties;
        this.clock = clock;
    }

    RenderedMail render(OutboxMessage message) throws NotificationTemplateException {
        Map<String, Object> model;
        try {
            model = json.readValue(message.getModel(), new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new NotificationTemplateException("Stored model is not a JSON object: " + e.getOriginalMessage(), e);
        }
        return renderer.render(message.getTemplate(), message.getCaseNo(), message.getLocale(), model == null ? Map.of() : model);
    }

    /**
     * The MIME message: HTML with a plain-text alternative, the case number in a header, and a
     * Message-ID derived from the row, so that a resend after a crash carries the same id.
     *
     * @throws AddressException when the recipient or the configured sender is not a valid address
     */
    MimeMessage compose(JavaMailSender sender, OutboxMessage message, RenderedMail mail) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(from());
        helper.setTo(new InternetAddress(message.getRecipient(), true));
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        helper.setSentDate(Date.from(clock.instant()));
        mime.setHeader(CASE_HEADER, message.getCaseNo());
        mime.setHeader("Content-Language", message.getLocale());
        // JavaMailSenderImpl keeps an explicitly set Message-ID when it saves the message
        mime.setHeader("Message-ID", messageId(message));
        return mime;
    }

    String messageId(OutboxMessage message) {
        return "<parceldesk.outbox." + message.getId() + "." + message.getCreatedAt().getEpochSecond() + "@" + domain() + ">";
    }

    private InternetAddress from() throws AddressException {
        InternetAddress[] parsed = InternetAddress.parse(properties.from(), true);
        if (parsed.length != 1) {
            throw new AddressException("parceldesk.notification.from must be one address", properties.from());
        }
        if (parsed[0].getPersonal() == null) {
            return parsed[0];
        }
        try {
            // re-encode the display name (e.g. "ParcelDesk 客服") as an RFC 2047 word: headers stay ASCII
            return new InternetAddress(parsed[0].getAddress(), parsed[0].getPersonal(), StandardCharsets.UTF_8.name());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String domain() {
        try {
            String address = from().getAddress();
            int at = address.lastIndexOf('@');
            return at >= 0 && at < address.length() - 1 ? address.substring(at + 1) : "parceldesk.local";
        } catch (AddressException e) {
            return "parceldesk.local";
        }
    }
}
