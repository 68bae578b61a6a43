package org.parceldesk.mailintake;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.activation.DataHandler;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * The service mailbox on a real IMAP server in the test JVM (GreenMail on a free port): tests put
 * customers' mails into its INBOX and look at what intake left in INBOX and the processed folder.
 */
final class TestMailbox implements AutoCloseable {

    static final String ADDRESS = "service@parceldesk.example";
    static final String LOGIN = "service";
    static final String PASSWORD = "mailbox-secret";

    private final GreenMail greenMail = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
    private final GreenMailUser user;

    TestMailbox() {
        greenMail.start();
        user = greenMail.setUser(ADDRESS, LOGIN, PASSWORD);
    }

    /** The configured intake pointed at this server (plain IMAP on the loopback address). */
    MailIntakeProperties settings(MailIntakeProperties configured) {
        return configured.withServer("127.0.0.1", greenMail.getImap().getPort(), false, LOGIN, PASSWORD);
    }

    /** A mail as a customer's mail program writes it; {@code attachments} are name/bytes pairs. */
    static MimeMessage mail(String messageId, String from, String subject, String text, Object... attachments)
            throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from, true));
        message.setRecipients(Message.RecipientType.TO, ADDRESS);
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new Date());
        MimeMultipart body = new MimeMultipart("mixed");
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(text, "UTF-8");
        body.addBodyPart(textPart);
        for (int i = 0; i < attachments.length; i += 2) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource((byte[]) attachments[i + 1], "application/octet-stream")));
            file.setFileName((String) attachments[i]);
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            body.addBodyPart(file);
        }
        message.setContent(body);
        message.saveChanges();
        message.setHeader("Message-ID", messageId); // after saveChanges, which would replace it
        return message;
    }

    void deliver(MimeMessage message) {
        user.deliver(message);
    }

    int count(String folderName) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), LOGIN, PASSWORD);
        try {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return 0;
            }
            folder.open(Folder.READ_ONLY);
            try {
                return folder.getMessageCount();
            } finally {
                folder.close(false);
            }
        } finally {
            store.close();
        }
    }

    static byte[] png() {
        byte[] bytes = new byte[64];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
