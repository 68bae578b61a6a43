package org.parceldesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parceldesk.notification.OutboxFixtures.T0;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The sender against a real SMTP server (GreenMail): delivery, outages, retries, several nodes. */
@ParcelDeskTest
class OutboxSenderTest {

    @Autowired
    Notifications notifications;
    @Autowired
    OutboxSenders senders;
    @Autowired
    OutboxRepository rows;
    @Autowired
    OutboxStore store;
    @Autowired
    NotificationProperties properties;
    @Autowired
    OutboxBacklog backlog;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    OutboxFixtures fixtures;
    final List<TestSmtp> servers = new ArrayList<>();

    @BeforeEach
    void setUp() {
        EngineClock.setNow(T0);
        fixtures = new OutboxFixtures(notifications, transactions, jdbc);
    }

    @AfterEach
    void tearDown() {
        servers.forEach(TestSmtp::close);
        fixtures.cleanUp();
        EngineClock.reset();
    }

    private TestSmtp smtp(TestSmtp server) {
        servers.add(server);
        return server;
    }

    @Test
    void deliversTheRenderedMessageWithItsHeadersAndMarksItSent() throws Exception {
        TestSmtp smtp = smtp(TestSmtp.up());
        String caseNo = fixtures.newCase();
        fixtures.enqueue(fixtures.message(caseNo, "ACK", "kehu@example.com"));

        OutboxSender.DrainResult result = senders.create(smtp.sender(), "node-a").drainOnce();

        assertThat(result).isEqualTo(new OutboxSender.DrainResult(1, 1, 0, 0));
        assertThat(smtp.received()).hasSize(1);
        MimeMessage mail = smtp.received().get(0);
        OutboxMessage row = rows.findByCaseNoOrderById(caseNo).get(0);
        assertThat(mail.getSubject()).isEqualTo("测试通知 " + caseNo);
        assertThat(mail.getHeader(OutboxMail.CASE_HEADER, null)).isEqualTo(caseNo);
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("noreply@parceldesk.example");
        assertThat(from.getPersonal()).isEqualTo("ParcelDesk 客服");
        assertThat(mail.getHeader("From", null)).as("encoded, ASCII only").matches("\\p{ASCII}+").contains("=?UTF-8?");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("kehu@example.com");
        assertThat(mail.getMessageID())
                .isEqualTo("<parceldesk.outbox." + row.getId() + "." + row.getCreatedAt().getEpochSecond() + "@parceldesk.example>");
        assertThat(mail.getSentDate().toInstant()).isEqualTo(T0);

        MimeMultipart alternative = alternativePart(mail);
        String text = (String) alternative.getBodyPart(0).getContent();
        String html = (String) alternative.getBodyPart(1).getContent();
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(text).contains("尊敬的张三：", "您的案件 " + caseNo + " 已受理。", "赔付金额：12.50 元");
        assertThat(text).doesNotContain("<", "测试通知"); // head and tags are gone from the text part
        assertThat(html).contains("<strong>" + caseNo + "</strong>", "<title>测试通知 " + caseNo + "</title>");

        assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(row.getSentAt()).isEqualTo(T0);
        assertThat(row.getAttempts()).isEqualTo(1);
        assertThat(row.getClaimedBy()).isEqualTo("node-a");
        assertThat(senders.create(smtp.sender(), "node-a").drainOnce().claimed()).isZero();
        assertThat(smtp.received()).hasSize(1);
    }

    @Test
    void smtpDownKeepsRowsWaitingAndSmtpBackSendsEachExactlyOnce() throws Exception {
        TestSmtp smtp = smtp(TestSmtp.down());
        OutboxSender sender = senders.create(smtp.sender(), "node-a");
        String caseNo = fixtures.newCase();
        List<String> addresses = List.of("a1@example.com", "a2@example.com", "a3@example.com");
        for (int i = 0; i < addresses.size(); i++) {
            fixtures.enqueue(fixtures.message(caseNo, "STEP" + i, addresses.get(i)));
        }

        assertThat(sender.drainOnce()).isEqualTo(new OutboxSender.DrainResult(3, 0, 3, 0));

        assertThat(rows.findByCaseNoOrderById(caseNo)).hasSize(3).allSatisfy(row -> {
            assertThat(row.getStatus()).isEqualTo(OutboxStatus.PENDING);
            assertThat(row.getAttempts()).isEqualTo(1);
            assertThat(row.getNextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
            assertThat(row.getLastError()).contains("MailSendException");
        });
        assertThat(sender.drainOnce().claimed()).as("not due before the backoff").isZero();

        smtp.start();
        EngineClock.setNow(T0.plus(Duration.ofMinutes(1)));
        assertThat(sender.drainOnce()).isEqualTo(new OutboxSender.DrainResult(3, 3, 0, 0));
        assertThat(sender.drainOnce().claimed()).isZero();

        OutboxFixtures.assertEachOnce(smtp.received(), addresses);
        assertThat(rows.findByCaseNoOrderById(caseNo)).allSatisfy(row -> {
            assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(row.getAttempts()).isEqualTo(2);
        });
    }

    @Test
    void retriesWithExponentialBackoffAndFailsWithTheReasonAfterTheLastAttempt() {
        TestSmtp smtp = smtp(TestSmtp.down());
        NotificationProperties.Retry retry = new NotificationProperties.Retry(Duration.ofMinutes(1), 2, 6, Duration.ofDays(1));
        OutboxSender sender = senders.create(smtp.sender(), "node-a", new NotificationProperties(properties.from(),
                properties.defaultLocale(), retry, properties.sender()));
        String caseNo = fixtures.newCase();
        fixtures.enqueue(fixtures.message(caseNo, "ACK", "retry@example.com"));

        Instant now = T0;
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt < retry.maxAttempts(); attempt++) {
            assertThat(sender.drainOnce().retrying()).isEqualTo(1);
            OutboxMessage row = rows.findByCaseNoOrderById(caseNo).get(0);
            assertThat(row.getStatus()).isEqualTo(OutboxStatus.PENDING);
            assertThat(row.getAttempts()).isEqualTo(attempt);
            waits.add(Duration.between(now, row.getNextAttemptAt()));
            now = row.getNextAttemptAt();
            EngineClock.setNow(now);
        }
        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16));

        assertThat(sender.drainOnce().failed()).isEqualTo(1);
        OutboxMessage failed = rows.findByCaseNoOrderById(caseNo).get(0);
        assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(6);
        assertThat(failed.getLastError()).startsWith("SMTP failed 6 times; last error: MailSendException");
        EngineClock.setNow(now.plus(Duration.ofDays(1)));
        assertThat(sender.drainOnce().claimed()).as("FAILED rows wait for an admin").isZero();
    }

    /**
     * SMTP down for three hours with the shipped retry settings: every message keeps waiting (capped
     * backoff, nothing FAILED), the backlog and the oldest message's age show the outage, and once
     * SMTP is back each message goes out exactly once and the backlog is empty.
     */
    @Test
    void aThreeHourOutageFailsNothingAndEachMessageGoesOutOnceAfterwards() throws Exception {
        TestSmtp smtp = smtp(TestSmtp.down());
        OutboxSender sender = senders.create(smtp.sender(), "node-a");
        String caseNo = fixtures.newCase();
        List<String> addresses = List.of("outage1@example.com", "outage2@example.com", "outage3@example.com");
        for (int i = 0; i < addresses.size(); i++) {
            fixtures.enqueue(fixtures.message(caseNo, "OUTAGE" + i, addresses.get(i)));
        }
        Instant end = T0.plus(Duration.ofHours(3));
        Instant now = T0;
        int attempts = 0;
        while (now.isBefore(end)) {
            assertThat(sender.drainOnce().failed()).as("nothing FAILED at " + now).isZero();
            attempts++;
            now = rows.findByCaseNoOrderById(caseNo).stream().map(OutboxMessage::getNextAttemptAt)
                    .min(Instant::compareTo).orElseThrow();
            EngineClock.setNow(now);
        }
        assertThat(rows.findByCaseNoOrderById(caseNo)).allSatisfy(row -> {
            assertThat(row.getStatus()).isEqualTo(OutboxStatus.PENDING);
            assertThat(Duration.between(T0, row.getNextAttemptAt())).isLessThanOrEqualTo(Duration.ofHours(3).plusMinutes(10));
        });
        OutboxBacklog.Snapshot during = backlog.now();
        assertThat(during.pending()).isGreaterThanOrEqualTo(3);
        assertThat(during.oldestWaitingAgeSeconds()).isGreaterThanOrEqualTo(Duration.ofHours(3).toSeconds());

        smtp.start();
        assertThat(sender.drainOnce().sent()).isEqualTo(3);
        OutboxFixtures.assertEachOnce(smtp.received(), addresses);
        assertThat(rows.findByCaseNoOrderById(caseNo)).allSatisfy(row -> assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT));
        System.out.printf("Outbox outage: SMTP down 3 h, %d drains, %d messages; failed 0, sent after recovery %d, doubled %d%n",
                attempts, addresses.size(), smtp.received().size(), smtp.received().size() - addresses.size());
    }

    @Test
    void aTemplateErrorFailsAtOnceWithTheReasonWhileOtherMailIsDelivered() throws Exception {
        TestSmtp smtp = smtp(TestSmtp.up());
        String caseNo = fixtures.newCase();
        fixtures.enqueue(new Notification(caseNo, "no-such-template", "ACK", Recipient.email("broken@example.com"), null));
        fixtures.enqueue(fixtures.message(caseNo, "ACK", "fine@example.com"));

        OutboxSender.DrainResult result = senders.create(smtp.sender(), "node-a").drainOnce();

        assertThat(result).isEqualTo(new OutboxSender.DrainResult(2, 1, 0, 1));
        OutboxMessage broken = rows.findByCaseNoOrderById(caseNo).get(0);
        assertThat(broken.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(broken.getAttempts()).isEqualTo(1);
        assertThat(broken.getLastError()).startsWith("Template error: Template not found: mail/no-such-template.html");
        OutboxFixtures.assertEachOnce(smtp.received(), List.of("fine@example.com"));
    }

    @Test
    void twoNodesDrainingAtOnceSendEachMessageOnce() throws Exception {
        TestSmtp smtp = smtp(TestSmtp.up());
        String caseNo = fixtures.newCase();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            addresses.add("node" + i + "@example.com");
            fixtures.enqueue(fixtures.message(caseNo, "STEP" + i, addresses.get(i)));
        }
        OutboxSender a = senders.create(smtp.sender(), "node-a");
        OutboxSender b = senders.create(smtp.sender(), "node-b");

        List<Callable<OutboxSender.DrainResult>> drains = List.of(a::drainOnce, b::drainOnce, a::drainOnce, b::drainOnce);
        List<OutboxSender.DrainResult> results = OutboxFixtures.concurrently(drains);

        assertThat(results.stream().mapToInt(OutboxSender.DrainResult::sent).sum()).isEqualTo(40);
        OutboxFixtures.assertEachOnce(smtp.received(), addresses);
        assertThat(rows.findByCaseNoOrderById(caseNo)).allSatisfy(row -> {
            assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(row.getAttempts()).isEqualTo(1);
            assertThat(row.getClaimedBy()).isIn("node-a", "node-b");
        });
    }

    @Test
    void aClaimIsExclusiveUntilItsLeaseExpiresThenAnotherNodeSendsWithTheSameMessageId() throws Exception {
        TestSmtp smtp = smtp(TestSmtp.up());
        String caseNo = fixtures.newCase();
        fixtures.enqueue(fixtures.message(caseNo, "ACK", "crash@example.com"));
        long id = rows.findByCaseNoOrderById(caseNo).get(0).getId();
        Duration lease = properties.sender().lease();

        assertThat(store.claim(id, "crashed-node", T0, T0.plus(lease))).isTrue();
        assertThat(store.claim(id, "node-b", T0, T0.plus(lease))).isFalse();
        OutboxSender b = senders.create(smtp.sender(), "node-b");
        assertThat(b.drainOnce().claimed()).isZero();
        assertThat(store.markSent(id, "node-b", T0)).as("only the holder marks a claim").isFalse();

        EngineClock.setNow(T0.plus(lease).plusSeconds(1));
        assertThat(b.drainOnce()).isEqualTo(new OutboxSender.DrainResult(1, 1, 0, 0));

        OutboxMessage row = rows.findById(id).orElseThrow();
        assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(row.getClaimedBy()).isEqualTo("node-b");
        assertThat(row.getAttempts()).isEqualTo(2);
        assertThat(smtp.received()).hasSize(1);
        assertThat(smtp.received().get(0).getMessageID())
                .isEqualTo("<parceldesk.outbox." + id + "." + row.getCreatedAt().getEpochSecond() + "@parceldesk.example>");
        assertThat(store.markSent(id, "crashed-node", T0)).as("the crashed node cannot mark it again").isFalse();
    }

    private static MimeMultipart alternativePart(MimeMessage mail) throws Exception {
        MimeMultipart mixed = (MimeMultipart) mail.getContent();
        MimeMultipart related = (MimeMultipart) mixed.getBodyPart(0).getContent();
        return (MimeMultipart) related.getBodyPart(0).getContent();
    }
}
