package org.parceldesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parceldesk.notification.OutboxFixtures.T0;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Enqueueing: one row per address, in the caller's transaction, never twice. */
@ParcelDeskTest
class OutboxNotificationsTest {

    @Autowired
    Notifications notifications;
    @Autowired
    OutboxStore store;
    @Autowired
    OutboxRepository rows;
    @Autowired
    IdentityService identity;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    OutboxFixtures fixtures;
    TransactionTemplate transaction;
    String groupId;
    List<String> userIds;

    @BeforeEach
    void setUp() {
        EngineClock.setNow(T0);
        fixtures = new OutboxFixtures(notifications, transactions, jdbc);
        transaction = new TransactionTemplate(transactions);
    }

    @AfterEach
    void tearDown() {
        fixtures.cleanUp();
        if (userIds != null) {
            userIds.forEach(identity::deleteUser);
        }
        if (groupId != null) {
            identity.deleteGroup(groupId);
        }
        EngineClock.reset();
    }

    @Test
    void writesOnePendingRowDueNowWithTheModelAsJson() {
        String caseNo = fixtures.newCase();

        fixtures.enqueue(new Notification(caseNo, "test-message", "ACK", Recipient.email(" kehu@example.com "),
                Map.of("customerName", "张三", "amount", new java.math.BigDecimal("12.50"))));

        List<OutboxMessage> queued = rows.findByCaseNoOrderById(caseNo);
        assertThat(queued).hasSize(1);
        OutboxMessage row = queued.get(0);
        assertThat(row.getDedupeKey()).isEqualTo(caseNo + ":test-message:ACK");
        assertThat(row.getRecipient()).isEqualTo("kehu@example.com");
        assertThat(row.getLocale()).isEqualTo("zh-CN");
        assertThat(row.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(row.getAttempts()).isZero();
        assertThat(row.getCreatedAt()).isEqualTo(T0);
        assertThat(row.getNextAttemptAt()).isEqualTo(T0);
        assertThat(row.getModel()).contains("\"customerName\":\"张三\"", "\"amount\":12.50");
    }

    @Test
    void aDuplicateIsIgnoredAndTheCallersTransactionStillCommits() {
        String caseNo = fixtures.newCase();
        fixtures.enqueue(fixtures.message(caseNo, "ACK", "dup@example.com"));

        transaction.executeWithoutResult(status -> {
            notifications.enqueue(fixtures.message(caseNo, "ACK", "dup@example.com"));
            notifications.enqueue(fixtures.message(caseNo, "ACK", "dup@example.com"));
            notifications.enqueue(fixtures.message(caseNo, "REPLY", "dup@example.com"));
        });

        assertThat(rows.findByCaseNoOrderById(caseNo)).extracting(OutboxMessage::getStep).containsExactly("ACK", "REPLY");
    }

    @Test
    void aRolledBackStepQueuesNothing() {
        String caseNo = fixtures.newCase();

        transaction.executeWithoutResult(status -> {
            notifications.enqueue(fixtures.message(caseNo, "ACK", "rollback@example.com"));
            assertThat(fixtures.count(caseNo)).as("visible inside the transaction").isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(fixtures.count(caseNo)).isZero();
    }

    @Test
    void refusesToRunOutsideATransaction() {
        String caseNo = fixtures.newCase();

        assertThatThrownBy(() -> notifications.enqueue(fixtures.message(caseNo, "ACK", "notx@example.com")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(fixtures.count(caseNo)).isZero();
    }

    @Test
    void refusesATemplateNameThatIsNotAPlainName() {
        String caseNo = fixtures.newCase();

        assertThatThrownBy(() -> fixtures.enqueue(
                new Notification(caseNo, "../secret", "ACK", Recipient.email("x@example.com"), null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(fixtures.count(caseNo)).isZero();
    }

    @Test
    void aGroupBecomesOneRowPerMemberWithAnAddressKeyedByTheAddress() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        groupId = "nt-group-" + suffix;
        identity.saveGroup(identity.newGroup(groupId));
        userIds = List.of("nt-zh-" + suffix, "nt-en-" + suffix, "nt-none-" + suffix);
        saveUser(userIds.get(0), "Zhang." + suffix + "@Example.com");
        saveUser(userIds.get(1), "eng-" + suffix + "@example.com");
        saveUser(userIds.get(2), null);
        identity.setUserInfo(userIds.get(1), RecipientDirectory.LOCALE_INFO_KEY, "en");
        String caseNo = fixtures.newCase();

        fixtures.enqueue(new Notification(caseNo, "test-message", "BREACH", Recipient.group(groupId), null));
        fixtures.enqueue(new Notification(caseNo, "test-message", "BREACH", Recipient.group(groupId), null));
        fixtures.enqueue(new Notification(caseNo, "test-message", "USER", Recipient.user(userIds.get(1)), null));
        fixtures.enqueue(new Notification(caseNo, "test-message", "NONE", Recipient.user(userIds.get(2)), null));
        fixtures.enqueue(new Notification(caseNo, "test-message", "UNKNOWN", Recipient.user("nt-nobody-" + suffix), null));

        List<OutboxMessage> queued = rows.findByCaseNoOrderById(caseNo);
        assertThat(queued).extracting(OutboxMessage::getDedupeKey).containsExactlyInAnyOrder(
                caseNo + ":test-message:BREACH:zhang." + suffix + "@example.com",
                caseNo + ":test-message:BREACH:eng-" + suffix + "@example.com",
                caseNo + ":test-message:USER:eng-" + suffix + "@example.com");
        assertThat(queued).filteredOn(row -> row.getRecipient().startsWith("eng-"))
                .extracting(OutboxMessage::getLocale).containsOnly("en");
        assertThat(queued).filteredOn(row -> row.getRecipient().startsWith("Zhang."))
                .extracting(OutboxMessage::getLocale).containsOnly("zh-CN");
    }

    @Test
    void aGroupIsResolvedEvenWhenTheLoggedInUserMayNotReadItsMembers() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        groupId = "nt-group-" + suffix;
        identity.saveGroup(identity.newGroup(groupId));
        userIds = List.of("nt-member-" + suffix);
        saveUser(userIds.get(0), "member-" + suffix + "@example.com");
        String caseNo = fixtures.newCase();

        identity.setAuthentication("courier", List.of("courier"));
        try {
            fixtures.enqueue(new Notification(caseNo, "test-message", "BREACH", Recipient.group(groupId), null));
            assertThat(identity.getCurrentAuthentication().getUserId()).isEqualTo("courier");
        } finally {
            identity.clearAuthentication();
        }

        assertThat(rows.findByCaseNoOrderById(caseNo)).extracting(OutboxMessage::getRecipient)
                .containsExactly("member-" + suffix + "@example.com");
    }

    @Test
    void theLocaleOfAnEmailRecipientComesFromTheModel() {
        String caseNo = fixtures.newCase();

        fixtures.enqueue(new Notification(caseNo, "test-message", "ACK", Recipient.email("en@example.com"),
                Map.of("locale", "en_GB")));

        assertThat(rows.findByCaseNoOrderById(caseNo)).extracting(OutboxMessage::getLocale).containsExactly("en-GB");
    }

    @Test
    void twoTransactionsQueueingTheSameMessageAtOnceLeaveOneRowAndBothCommit() throws Exception {
        String caseNo = fixtures.newCase();
        List<Callable<Boolean>> steps = List.of(() -> stepWithNotification(caseNo, "A"), () -> stepWithNotification(caseNo, "B"),
                () -> stepWithNotification(caseNo, "C"), () -> stepWithNotification(caseNo, "D"));

        assertThat(OutboxFixtures.concurrently(steps)).containsOnly(true);

        assertThat(rows.findByCaseNoOrderById(caseNo)).extracting(OutboxMessage::getStep)
                .containsExactlyInAnyOrder("SAME", "OWN-A", "OWN-B", "OWN-C", "OWN-D");
    }

    @Test
    void aDuplicateStoppedByTheUniqueKeyLeavesTheCallersTransactionUsable() {
        String caseNo = fixtures.newCase();

        OutboxFixtures.duplicateAtTheUniqueKey(store, rows, transaction, caseNo);

        assertThat(rows.findByCaseNoOrderById(caseNo)).extracting(OutboxMessage::getStep).containsExactly("FIRST", "AFTER");
    }

    /** A process step that queues a shared message and one of its own, then commits. */
    private boolean stepWithNotification(String caseNo, String name) {
        transaction.executeWithoutResult(status -> {
            notifications.enqueue(fixtures.message(caseNo, "SAME", "same@example.com"));
            notifications.enqueue(fixtures.message(caseNo, "OWN-" + name, "same@example.com"));
        });
        return true;
    }

    private void saveUser(String id, String email) {
        User user = identity.newUser(id);
        user.setFirstName("Test");
        user.setLastName("User");
        user.setEmail(email);
        user.setPassword("secret");
        identity.saveUser(user);
        identity.createMembership(id, groupId);
    }
}
