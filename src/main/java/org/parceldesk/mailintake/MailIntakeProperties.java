package org.parceldesk.mailintake;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service mailbox that e-mail intake reads (docs/channels.md). Off by default: the embedded
 * default has no mailbox.
 *
 * @param enabled         poll the mailbox on a schedule
 * @param host            IMAP server
 * @param port            993 for IMAPS, 143 for plain IMAP
 * @param imaps           TLS from the first byte (IMAPS); false only for a server on a trusted network or in tests
 * @param user            mailbox login
 * @param password        mailbox password; never logged
 * @param folder          where new mail arrives
 * @param processedFolder where a message goes once its case is committed; created when missing
 * @param interval        pause between two polls
 * @param batchSize       messages taken per poll
 * @param lease           how long one node holds the poll; a node that dies hands over after it
 * @param connectTimeout  IMAP connect timeout
 * @param readTimeout     IMAP read timeout; keep it well below the lease
 * @param category        complaint category of a new case from a mail (the handler corrects it)
 * @param unmatchedSla    the SLA (parceldesk.sla.definitions) that dates an unmatched mail's handling
 * @param attachmentDir   where attachments kept as evidence are stored
 * @param nodeId          names this node in the lease; host name plus a random suffix when empty
 */
@ConfigurationProperties("parceldesk.mail-intake")
record MailIntakeProperties(
        @DefaultValue("false") boolean enabled,
        String host,
        @DefaultValue("993") int port,
        @DefaultValue("true") boolean imaps,
        String user,
        String password,
        @DefaultValue("INBOX") String folder,
        @DefaultValue("Processed") String processedFolder,
        @DefaultValue("1m") Duration interval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("OTHER") String category,
        @DefaultValue("mail-unmatched") String unmatchedSla,
        @DefaultValue("./data/mail-attachments") Path attachmentDir,
        String nodeId) {

    public MailIntakeProperties {
        if (enabled && (host == null || host.isBlank())) {
            throw new IllegalArgumentException("parceldesk.mail-intake.host is required when mail intake is enabled");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("parceldesk.mail-intake.batch-size must be at least 1");
        }
        if (readTimeout.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("parceldesk.mail-intake.read-timeout must be shorter than the lease");
        }
        if (folder.equals(processedFolder)) {
            throw new IllegalArgumentException("parceldesk.mail-intake.processed-folder must differ from the folder it reads");
        }
    }

    /** The same mailbox with another host/port, folder or TLS (tests point it at GreenMail). */
    public MailIntakeProperties withServer(String host, int port, boolean imaps, String user, String password) {
        return new MailIntakeProperties(enabled, host, port, imaps, user, password, folder, processedFolder, interval,
                batchSize, lease, connectTimeout, readTimeout, category, unmatchedSla, attachmentDir, nodeId);
    }
}
