package org.parceldesk.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/** E-mail through a JavaMailSender (SMTP). */
final class MailTransport implements OutboxTransport<MimeMessage> {

    private final OutboxMail mail;
    private final JavaMailSender smtp;

    MailTransport(OutboxMail mail, JavaMailSender smtp) {
        this.mail = mail;
        this.smtp = smtp;
    }

    @Override
    public OutboxChannel channel() {
        return OutboxChannel.EMAIL;
    }

    @Override
    public String serviceName() {
        return "SMTP";
    }

    @Override
    public MimeMessage prepare(OutboxMessage row) throws Undeliverable {
        try {
            return mail.compose(smtp, row, mail.render(row));
        } catch (NotificationTemplateException e) {
            throw new Undeliverable("Template error: " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw new Undeliverable("Cannot build the message (address?): " + e.getMessage(), e);
        }
    }

    @Override
    public void send(MimeMessage message) throws Retryable {
        try {
            smtp.send(message);
        } catch (MailException e) {
            throw new Retryable(OutboxSender.describe(e), e);
        }
    }
}
