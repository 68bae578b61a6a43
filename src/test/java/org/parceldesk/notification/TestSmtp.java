package org.parceldesk.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server in the test JVM (GreenMail on a free port) and a JavaMailSender for it. The
 * sender starts out pointing at a port where nothing listens when asked to: "SMTP is down".
 */
final class TestSmtp implements AutoCloseable {

    private final GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final JavaMailSenderImpl sender = new JavaMailSenderImpl();

    private TestSmtp() {
        sender.setHost("127.0.0.1");
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "5000");
        properties.setProperty("mail.smtp.writetimeout", "5000");
        sender.setJavaMailProperties(properties);
    }

    /** GreenMail running, the sender pointing at it. */
    static TestSmtp up() {
        TestSmtp smtp = new TestSmtp();
        smtp.start();
        return smtp;
    }

    /** The sender pointing at a closed port; {@link #start()} brings SMTP "back" for the same sender. */
    static TestSmtp down() {
        TestSmtp smtp = new TestSmtp();
        smtp.sender.setPort(closedPort());
        return smtp;
    }

    void start() {
        greenMail.start();
        sender.setPort(greenMail.getSmtp().getPort());
    }

    JavaMailSenderImpl sender() {
        return sender;
    }

    List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
