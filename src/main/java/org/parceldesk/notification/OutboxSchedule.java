package org.parceldesk.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Drains the outbox every {@code parceldesk.notification.sender.interval} (fixed delay) when
 * {@code parceldesk.notification.sender.enabled} is true and there is a JavaMailSender (Spring
 * Boot makes one when {@code spring.mail.host} is set). Without SMTP no e-mail is sent and
 * e-mails stay PENDING in the outbox, visible in the API. Every node may run it: rows are claimed
 * with row locks. Text messages (SMS rows) are drained the same way through the configured
 * {@link SmsGateway} when {@code parceldesk.notification.sms.enabled} is true.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "parceldesk.notification.sender", name = "enabled", havingValue = "true", matchIfMissing = true)
class OutboxSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutboxSchedule.class);

    private final ObjectProvider<JavaMailSender> smtp;
    private final OutboxSenders senders;
    private final NotificationProperties properties;
    private final SmsProperties sms;
    private final SmsGateway smsGateway;

    OutboxSchedule(ObjectProvider<JavaMailSender> smtp, OutboxSenders senders, NotificationProperties properties,
            SmsProperties sms, SmsGateway smsGateway) {
        this.smtp = smtp;
        this.senders = senders;
        this.properties = properties;
        this.sms = sms;
        this.smsGateway = smsGateway;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (sms.enabled()) {
            OutboxSender texts = senders.createSms(smsGateway);
            registrar.addFixedDelayTask(texts::drainOnce, properties.sender().interval());
            log.info("Outbox SMS sender {} drains every {} through the {} gateway", texts.node(),
                    properties.sender().interval(), sms.gateway());
        }
        JavaMailSender mailSender = smtp.getIfAvailable();
        if (mailSender == null) {
            log.info("No SMTP server configured (spring.mail.host): notifications stay PENDING in the outbox");
            return;
        }
        if (mailSender instanceof JavaMailSenderImpl configured) {
            SmtpTimeouts.check(configured.getJavaMailProperties(), properties.sender().lease());
        }
        OutboxSender sender = senders.create(mailSender);
        registrar.addFixedDelayTask(sender::drainOnce, properties.sender().interval());
        log.info("Outbox sender {} drains every {}", sender.node(), properties.sender().interval());
    }
}
