package org.parceldesk.mailintake;

import java.net.InetAddress;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Makes {@link MailboxPoller}s: the schedule makes one for the configured mailbox, a test one for its GreenMail server. */
@Component
class MailboxPollers {

    private final MailIntake intake;
    private final MailboxLease lease;
    private final MailAttachments attachments;
    private final MailIntakeProperties properties;
    private final Clock clock;

    MailboxPollers(MailIntake intake, MailboxLease lease, MailAttachments attachments, MailIntakeProperties properties,
            Clock clock) {
        this.intake = intake;
        this.lease = lease;
        this.attachments = attachments;
        this.properties = properties;
        this.clock = clock;
    }

    /** The configured mailbox, on this node. */
    public MailboxPoller create() {
        String configured = properties.nodeId();
        return create(properties, configured != null && !configured.isBlank() ? configured : defaultNodeId(),
                MailboxPoller::copyAndDelete);
    }

    /** Another mailbox or node name, and another way to move processed messages (tests simulate crashes with it). */
    public MailboxPoller create(MailIntakeProperties mailbox, String node, MailboxPoller.Mover mover) {
        if (node == null || node.isBlank() || node.length() > 100) {
            throw new IllegalArgumentException("node must be 1..100 characters");
        }
        return new MailboxPoller(mailbox, intake, lease, new InboundMailReader(attachments.maxBytes(), clock), mover, node);
    }

    /** As {@link #create(MailIntakeProperties, String, MailboxPoller.Mover)}, moving by copy and delete. */
    public MailboxPoller create(MailIntakeProperties mailbox, String node) {
        return create(mailbox, node, MailboxPoller::copyAndDelete);
    }

    private static String defaultNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "node";
        }
        return (host.length() > 80 ? host.substring(0, 80) : host) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
