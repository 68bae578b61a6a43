package org.parceldesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test fixtures shared by the H2 tests and the MariaDB IT. Tests run at {@link #T0}, decades
 * before any other test's time: the shared database may hold other features' outbox rows, and
 * those are not yet due at T0, so a drain here touches only this test's rows. Each test deletes
 * its own rows afterwards, so that no other test's drain meets them.
 */
final class OutboxFixtures {

    static final Instant T0 = Instant.parse("1990-03-01T02:00:00Z");
    static final String TEMPLATE = "test-message";

    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final List<String> cases = new ArrayList<>();

    OutboxFixtures(Notifications notifications, PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    /** A case number of this test; its rows are deleted by {@link #cleanUp()}. */
    String newCase() {
        String caseNo = "NT" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
        cases.add(caseNo);
        return caseNo;
    }

    /** Enqueues in a transaction of its own that commits, as a process step would. */
    void enqueue(Notification notification) {
        transaction.executeWithoutResult(status -> notifications.enqueue(notification));
    }

    Notification message(String caseNo, String step, String address) {
        return new Notification(caseNo, TEMPLATE, step, Recipient.email(address),
                Map.of("customerName", "张三", "amount", new java.math.BigDecimal("12.50")));
    }

    long count(String caseNo) {
        Long count = jdbc.queryForObject("select count(*) from notification_outbox where case_no = ?", Long.class, caseNo);
        return count == null ? 0 : count;
    }

    void cleanUp() {
        for (String caseNo : cases) {
            jdbc.update("delete from notification_outbox where case_no = ?", caseNo);
        }
        cases.clear();
    }

    /**
     * In one transaction: a row, the same row again straight at the unique key (as when two
     * transactions race past the check), a JPA read, another row; then commit. The duplicate must
     * neither throw nor mark the transaction rollback-only.
     */
    static void duplicateAtTheUniqueKey(OutboxStore store, OutboxRepository rows, TransactionTemplate transaction,
            String caseNo) {
        OutboxStore.NewRow first = new OutboxStore.NewRow(caseNo + ":" + TEMPLATE + ":FIRST", caseNo, TEMPLATE, "FIRST",
                "guard@example.com", "zh-CN", "{}", T0);
        OutboxStore.NewRow after = new OutboxStore.NewRow(caseNo + ":" + TEMPLATE + ":AFTER", caseNo, TEMPLATE, "AFTER",
                "guard@example.com", "zh-CN", "{}", T0);
        transaction.executeWithoutResult(status -> {
            assertThat(store.insertUnderUniqueKey(first)).isTrue();
            assertThat(store.insertUnderUniqueKey(first)).isFalse();
            assertThat(rows.findByCaseNoOrderById(caseNo)).hasSize(1);
            assertThat(store.insertUnderUniqueKey(after)).isTrue();
            assertThat(status.isRollbackOnly()).isFalse();
        });
    }

    /** Runs every task at the same moment on its own thread and returns their results. */
    static <T> List<T> concurrently(List<java.util.concurrent.Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (java.util.concurrent.Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static List<String> recipients(List<MimeMessage> messages) throws MessagingException {
        List<String> to = new ArrayList<>();
        for (MimeMessage message : messages) {
            for (Address address : message.getAllRecipients()) {
                to.add(address.toString());
            }
        }
        return to;
    }

    static void assertEachOnce(List<MimeMessage> received, List<String> addresses) throws MessagingException {
        assertThat(recipients(received)).containsExactlyInAnyOrderElementsOf(addresses);
        List<String> ids = new ArrayList<>();
        for (MimeMessage message : received) {
            ids.add(message.getMessageID());
        }
        assertThat(ids).doesNotHaveDuplicates();
    }
}
