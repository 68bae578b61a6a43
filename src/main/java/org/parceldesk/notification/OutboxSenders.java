package org.parceldesk.notification;

import java.net.InetAddress;
import java.time.Clock;
import java.util.UUID;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Makes {@link OutboxSender}s: the schedule makes one for the application's JavaMailSender and one for
 * the SMS gateway, and a test makes one for its own SMTP server (GreenMail) or gateway stub and calls {@link OutboxSender#drainOnce()}.
 */
@Component
class OutboxSenders {

    private final OutboxStore store;
    private final OutboxRepository rows;
    private final OutboxMail mail;
    private final SmsText sms;
    private final NotificationProperties properties;
    private final Clock clock;

    OutboxSenders(OutboxStore store, OutboxRepository rows, OutboxMail mail, SmsText sms, NotificationProperties properties,
            Clock clock) {
        this.store = store;
        this.rows = rows;
        this.mail = mail;
        this.sms = sms;
        this.properties = properties;
        this.clock = clock;
    }

    /** A sender on this node (named by {@code parceldesk.notification.sender.node-id}, or host name + random suffix). */
    public OutboxSender create(JavaMailSender smtp) {
        return create(smtp, nodeId());
    }

    /** A sender that claims rows under the given node name (tests simulate several nodes with it). */
    public OutboxSender create(JavaMailSender smtp, String node) {
        return create(smtp, node, properties);
    }

    /** As {@link #create(JavaMailSender, String)} with other retry or batch settings. */
    public OutboxSender create(JavaMailSender smtp, String node, NotificationProperties settings) {
        return create(new MailTransport(mail, smtp), node, settings);
    }

    /** A sender for text messages through the given gateway, on this node. */
    public OutboxSender createSms(SmsGateway gateway) {
        return createSms(gateway, nodeId());
    }

    /** A text-message sender that claims rows under the given node name (tests simulate several nodes with it). */
    public OutboxSender createSms(SmsGateway gateway, String node) {
        return create(new SmsTransport(sms, gateway), node, properties);
    }

    private OutboxSender create(OutboxTransport<?> transport, String node, NotificationProperties settings) {
        if (node == null || node.isBlank() || node.length() > 100) {
            throw new IllegalArgumentException("node must be 1..100 characters");
        }
        return new OutboxSender(store, rows, transport, settings, clock, node);
    }

    /** The node name in {@code claimed_by}: configured, or host name + random suffix (one per sender). */
    private String nodeId() {
        String configured = properties.sender().nodeId();
        return configured != null && !configured.isBlank() ? configured : defaultNodeId();
    }

    private static String defaultNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "node";
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return (host.length() > 80 ? host.substring(0, 80) : host) + "-" + suffix;
    }
}
