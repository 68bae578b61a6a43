package org.parceldesk.mailintake;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of the service mailbox: takes the lease (one node at a time), reads up to a batch of
 * messages, has each processed in its own transaction ({@link MailIntake}) and, only after that
 * committed, moves it to the processed folder. A crash between the commit and the move leaves the
 * message in the inbox; the next poll finds its key recorded and only moves it. A message whose
 * processing fails stays in the inbox and is tried again on the next poll.
 */
class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    /** Moves a processed message out of the inbox; tests replace it to simulate a crash before the move. */
    @FunctionalInterface
    public interface Mover {
        void move(Folder inbox, Message message, Folder processed) throws MessagingException;
    }

    /** What one poll did. */
    public record PollResult(boolean polled, int read, int created, int replies, int duplicates, int unmatched,
            int alreadyProcessed, int failed) {

        static final PollResult SKIPPED = new PollResult(false, 0, 0, 0, 0, 0, 0, 0);
    }

    private final MailIntakeProperties settings;
    private final MailIntake intake;
    private final MailboxLease lease;
    private final InboundMailReader reader;
    private final Mover mover;
    private final String node;

    MailboxPoller(MailIntakeProperties settings, MailIntake intake, MailboxLease lease, InboundMailReader reader,
            Mover mover, String node) {
        this.settings = settings;
        this.intake = intake;
        this.lease = lease;
        this.reader = reader;
        this.mover = mover;
        this.node = node;
    }

    public String node() {
        return node;
    }

    /** Polls once if this node gets the lease; never throws (a failure is logged and the next poll tries again). */
    public PollResult pollOnce() {
        if (!lease.take(node, settings.lease())) {
            return PollResult.SKIPPED;
        }
        try {
            return poll();
        } catch (MessagingException | RuntimeException e) {
            log.warn("Mailbox poll on {} failed; messages stay in {} for the next poll: {}", node, settings.folder(),
                    e.toString());
            return new PollResult(true, 0, 0, 0, 0, 0, 0, 1);
        } finally {
            try {
                lease.release(node);
            } catch (RuntimeException e) {
                log.warn("Mailbox lease of {} not released; it expires by itself: {}", node, e.toString());
            }
        }
    }

    private PollResult poll() throws MessagingException {
        Store store = Session.getInstance(sessionProperties()).getStore(settings.imaps() ? "imaps" : "imap");
        store.connect(settings.host(), settings.port(), settings.user(), settings.password());
        try {
            Folder inbox = store.getFolder(settings.folder());
            Folder processed = store.getFolder(settings.processedFolder());
            if (!processed.exists() && !processed.create(Folder.HOLDS_MESSAGES)) {
                throw new MessagingException("Cannot create the folder " + settings.processedFolder());
            }
            inbox.open(Folder.READ_WRITE);
            try {
                return pollFolder(inbox, processed);
            } finally {
                inbox.close(true); // expunges the messages moved by copy + delete
            }
        } finally {
            store.close();
        }
    }

    private PollResult pollFolder(Folder inbox, Folder processed) throws MessagingException {
        int count = Math.min(inbox.getMessageCount(), settings.batchSize());
        int read = 0;
        int created = 0;
        int replies = 0;
        int duplicates = 0;
        int unmatched = 0;
        int already = 0;
        int failed = 0;
        for (int number = 1; number <= count; number++) {
            Message message = inbox.getMessage(number);
            if (message.isSet(Flags.Flag.DELETED)) {
                continue;
            }
            if (!lease.take(node, settings.lease())) {
                log.warn("Mailbox lease of {} lost mid-poll; stopping", node);
                break;
            }
            read++;
            MailIntake.Result result;
            try {
                result = intake.process(reader.read(message), node);
            } catch (Exception e) {
                failed++;
                log.warn("Mail #{} on {} not processed; it stays in {}: {}", number, node, settings.folder(), e.toString());
                continue;
            }
            if (result.alreadyProcessed()) {
                already++;
            } else {
                switch (result.outcome()) {
                    case COMPLAINT -> created++;
                    case REPLY -> replies++;
                    case DUPLICATE -> duplicates++;
                    case UNMATCHED -> unmatched++;
                }
            }
            // after the commit: a crash before this line leaves the message for the next poll, which only moves it
            mover.move(inbox, message, processed);
        }
        if (read > 0) {
            log.info("Mailbox poll on {}: {} read, {} new complaints, {} replies, {} duplicates, {} unmatched, "
                    + "{} already processed, {} failed", node, read, created, replies, duplicates, unmatched, already, failed);
        }
        return new PollResult(true, read, created, replies, duplicates, unmatched, already, failed);
    }

    /** Copy to the processed folder, then flag deleted (expunged when the inbox closes): every IMAP server supports it. */
    static void copyAndDelete(Folder inbox, Message message, Folder processed) throws MessagingException {
        inbox.copyMessages(new Message[] {message}, processed);
        message.setFlag(Flags.Flag.DELETED, true);
    }

    private Properties sessionProperties() {
        String protocol = settings.imaps() ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.setProperty("mail.store.protocol", protocol);
        properties.setProperty("mail." + protocol + ".connectiontimeout", String.valueOf(settings.connectTimeout().toMillis()));
        properties.setProperty("mail." + protocol + ".timeout", String.valueOf(settings.readTimeout().toMillis()));
        properties.setProperty("mail." + protocol + ".writetimeout", String.valueOf(settings.readTimeout().toMillis()));
        if (settings.imaps()) {
            properties.setProperty("mail.imaps.ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
