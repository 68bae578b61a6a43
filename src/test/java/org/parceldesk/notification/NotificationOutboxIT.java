package org.parceldesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parceldesk.notification.OutboxFixtures.T0;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox on a real MariaDB server: row-lock claims across nodes, times round-trip, dedupe races. */
@MariaDbTest
class NotificationOutboxIT {

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
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;

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

    @Test
    void twoNodesClaimWithRowLocksAndSendEachMessageOnce() throws Exception {
        TestSmtp smtp = TestSmtp.up();
        servers.add(smtp);
        String caseNo = fixtures.newCase();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            addresses.add("maria" + i + "@example.com");
            fixtures.enqueue(fixtures.message(caseNo, "STEP" + i, addresses.get(i)));
        }
        OutboxSender a = senders.create(smtp.sender(), "maria-a");
        OutboxSender b = senders.create(smtp.sender(), "maria-b");

        List<Callable<OutboxSender.DrainResult>> drains = List.of(a::drainOnce, b::drainOnce, a::drainOnce, b::drainOnce);
        List<OutboxSender.DrainResult> results = OutboxFixtures.concurrently(drains);

        assertThat(results.stream().mapToInt(OutboxSender.DrainResult::sent).sum()).isEqualTo(40);
        OutboxFixtures.assertEachOnce(smtp.received(), addresses);
        assertThat(rows.findByCaseNoOrderById(caseNo)).allSatisfy(row -> {
            assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(row.getAttempts()).isEqualTo(1);
            assertThat(row.getSentAt()).isEqualTo(T0);
            assertThat(row.getClaimedBy()).isIn("maria-a", "maria-b");
        });
    }

    /**
     * Two sender nodes on one MariaDB and a slow SMTP server (every answer held back): each message
     * is claimed right before it is sent, so a claim never outlives its lease while the other node
     * drains, and every mail arrives exactly once. (With a whole batch claimed up front, a
     * two-node run with a slow SMTP server sent 23 of 40 mails twice.)
     */
    @Test
    void twoNodesAndASlowSmtpServerSendEveryMailExactlyOnce() throws Exception {
        EngineClock.reset(); // real time: the slowness and the lease are both real
        TestSmtp smtp = TestSmtp.up();
        servers.add(smtp);
        String caseNo = fixtures.newCase();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            addresses.add("slow" + i + "@example.com");
            fixtures.enqueue(fixtures.message(caseNo, "SLOW" + i, addresses.get(i)));
        }
        NotificationProperties shortLease = new NotificationProperties(properties.from(), properties.defaultLocale(),
                properties.retry(), new NotificationProperties.Sender(true, Duration.ofSeconds(1), 40,
                        Duration.ofSeconds(10), null));
        try (SlowSmtpProxy slow = new SlowSmtpProxy(smtp.sender().getPort(), 100)) {
            org.springframework.mail.javamail.JavaMailSenderImpl viaProxy = new org.springframework.mail.javamail.JavaMailSenderImpl();
            viaProxy.setHost("127.0.0.1");
            viaProxy.setPort(slow.port());
            viaProxy.setDefaultEncoding("UTF-8");
            viaProxy.setJavaMailProperties(smtp.sender().getJavaMailProperties());
            OutboxSender a = senders.create(viaProxy, "slow-a", shortLease);
            OutboxSender b = senders.create(viaProxy, "slow-b", shortLease);

            long started = System.nanoTime();
            List<Integer> sentByNode = OutboxFixtures.concurrently(List.of(() -> drainUntilDone(a, caseNo),
                    () -> drainUntilDone(b, caseNo)));
            long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

            List<String> ours = new ArrayList<>();
            for (jakarta.mail.internet.MimeMessage message : smtp.received()) {
                if (caseNo.equals(message.getHeader(OutboxMail.CASE_HEADER, null))) {
                    ours.add(message.getAllRecipients()[0].toString());
                }
            }
            System.out.printf("Outbox, 2 nodes, slow SMTP (100 ms per answer, lease 10 s): %d mails queued, %d received "
                    + "in %d s (sent by node a %d, by node b %d, other cases' rows included); doubled %d, lost %d%n", addresses.size(), ours.size(), seconds,
                    sentByNode.get(0), sentByNode.get(1), ours.size() - ours.stream().distinct().count(),
                    addresses.stream().filter(address -> !ours.contains(address)).count());
            assertThat(ours).containsExactlyInAnyOrderElementsOf(addresses);
            assertThat(rows.findByCaseNoOrderById(caseNo)).allSatisfy(row -> {
                assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
                assertThat(row.getAttempts()).isEqualTo(1);
            });
        }
    }

    /** A node's schedule, run flat out: drains until none of the case's rows waits. Returns how many it sent. */
    private int drainUntilDone(OutboxSender sender, String caseNo) throws InterruptedException {
        int sent = 0;
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            OutboxSender.DrainResult result = sender.drainOnce();
            sent += result.sent();
            Long waiting = jdbc.queryForObject("select count(*) from notification_outbox where case_no = ? "
                    + "and status in ('PENDING', 'SENDING')", Long.class, caseNo);
            if (waiting == null || waiting == 0) {
                return sent;
            }
            if (result.claimed() == 0) {
                Thread.sleep(50); // the other node holds the rest: poll again shortly
            }
        }
        return sent;
    }

    @Test
    void aClaimHoldsUntilItsLeaseEndsAndTimesRoundTripExactly() throws Exception {
        TestSmtp smtp = TestSmtp.down();
        servers.add(smtp);
        String caseNo = fixtures.newCase();
        fixtures.enqueue(fixtures.message(caseNo, "ACK", "lease@example.com"));
        long id = rows.findByCaseNoOrderById(caseNo).get(0).getId();

        assertThat(store.claim(id, "maria-a", T0, T0.plus(Duration.ofMinutes(5)))).isTrue();
        assertThat(store.claim(id, "maria-b", T0, T0.plus(Duration.ofMinutes(5)))).isFalse();
        assertThat(rows.findById(id).orElseThrow().getClaimedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(5)));

        EngineClock.setNow(T0.plus(Duration.ofMinutes(5)).plusSeconds(1));
        OutboxSender b = senders.create(smtp.sender(), "maria-b");
        assertThat(b.drainOnce().retrying()).isEqualTo(1);
        OutboxMessage waiting = rows.findById(id).orElseThrow();
        assertThat(waiting.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(waiting.getAttempts()).isEqualTo(2);
        assertThat(waiting.getNextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)).plusSeconds(1).plus(Duration.ofMinutes(2)));
        assertThat(b.drainOnce().claimed()).isZero();

        smtp.start();
        EngineClock.setNow(waiting.getNextAttemptAt());
        assertThat(b.drainOnce().sent()).isEqualTo(1);
        assertThat(b.drainOnce().claimed()).isZero();
        OutboxFixtures.assertEachOnce(smtp.received(), List.of("lease@example.com"));
    }

    @Test
    void concurrentDuplicatesLeaveOneRowAndEveryStepCommitsARolledBackOneLeavesNone() throws Exception {
        String caseNo = fixtures.newCase();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        List<Callable<Boolean>> steps = new ArrayList<>();
        for (String name : List.of("A", "B", "C", "D")) {
            steps.add(() -> {
                transaction.executeWithoutResult(status -> {
                    notifications.enqueue(fixtures.message(caseNo, "SAME", "same@example.com"));
                    notifications.enqueue(fixtures.message(caseNo, "OWN-" + name, "same@example.com"));
                });
                return true;
            });
        }

        assertThat(OutboxFixtures.concurrently(steps)).containsOnly(true);
        transaction.executeWithoutResult(status -> {
            notifications.enqueue(fixtures.message(caseNo, "ROLLED-BACK", "same@example.com"));
            status.setRollbackOnly();
        });

        assertThat(rows.findByCaseNoOrderById(caseNo)).extracting(OutboxMessage::getStep)
                .containsExactlyInAnyOrder("SAME", "OWN-A", "OWN-B", "OWN-C", "OWN-D");
    }

    @Test
    void aDuplicateStoppedByTheUniqueKeyLeavesTheCallersTransactionUsable() {
        String caseNo = fixtures.newCase();

        OutboxFixtures.duplicateAtTheUniqueKey(store, rows, new TransactionTemplate(transactions), caseNo);

        assertThat(rows.findByCaseNoOrderById(caseNo)).extracting(OutboxMessage::getStep).containsExactly("FIRST", "AFTER");
    }

    @Test
    void adminsSeeFailedMessagesOverHttp() {
        String caseNo = fixtures.newCase();
        fixtures.enqueue(fixtures.message(caseNo, "ACK", "http@example.com"));
        long id = rows.findByCaseNoOrderById(caseNo).get(0).getId();
        store.claim(id, "maria-a", T0, T0.plus(Duration.ofMinutes(5)));
        store.markFailed(id, "maria-a", "Template error: boom");

        ResponseEntity<Map> failed = http.withBasicAuth("admin", "demo")
                .getForEntity("/api/v1/admin/notifications?status=FAILED&caseNo=" + caseNo, Map.class);
        ResponseEntity<Map> retried = http.withBasicAuth("admin", "demo")
                .postForEntity("/api/v1/admin/notifications/" + id + "/retry", null, Map.class);

        assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<?>) failed.getBody().get("content")).hasSize(1);
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retried.getBody()).containsEntry("status", "PENDING");
    }
}
