package org.parceldesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.parceldesk.notification.OutboxFixtures.T0;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/** The staff and admin API over the outbox: masking, failed list, retry, preview. */
@ParcelDeskTest
class NotificationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Notifications notifications;
    @Autowired
    OutboxRepository rows;
    @Autowired
    OutboxStore store;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    OutboxFixtures fixtures;
    String caseNo;

    @BeforeEach
    void setUp() {
        EngineClock.setNow(T0);
        fixtures = new OutboxFixtures(notifications, transactions, jdbc);
        caseNo = fixtures.newCase();
        fixtures.enqueue(fixtures.message(caseNo, "ACK", "zhangsan@example.com"));
    }

    @AfterEach
    void tearDown() {
        fixtures.cleanUp();
        EngineClock.reset();
    }

    private long idOf(String step) {
        return rows.findByCaseNoOrderById(caseNo).stream().filter(r -> r.getStep().equals(step)).findFirst().orElseThrow().getId();
    }

    /** Puts a row of this case into FAILED as a sender would after its last attempt. */
    private long failed(String step, String reason) {
        fixtures.enqueue(fixtures.message(caseNo, step, "lisi@example.com"));
        long id = idOf(step);
        store.claim(id, "node-t", T0, T0.plus(Duration.ofMinutes(5)));
        store.markFailed(id, "node-t", reason);
        return id;
    }

    @Test
    void staffSeeTheCasesMessagesWithMaskedAddressesAdminsInFull() throws Exception {
        mvc.perform(get("/api/v1/notifications").param("caseNo", caseNo).with(httpBasic("complaint-supervisor", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].caseNo").value(caseNo))
                .andExpect(jsonPath("$.content[0].template").value("test-message"))
                .andExpect(jsonPath("$.content[0].status").value("PENDING"))
                .andExpect(jsonPath("$.content[0].recipient").value("z***@example.com"))
                .andExpect(jsonPath("$.content[0].model").doesNotExist());

        mvc.perform(get("/api/v1/notifications").param("caseNo", caseNo).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].recipient").value("zhangsan@example.com"));
    }

    @Test
    void filtersByStatusAndMasksAddressesInsideErrors() throws Exception {
        failed("BOUNCE", "SMTP failed 6 times; last error: 550 <lisi@example.com> unknown");

        mvc.perform(get("/api/v1/notifications").param("caseNo", caseNo).param("status", "FAILED")
                        .with(httpBasic("claims-handler", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].step").value("BOUNCE"))
                .andExpect(jsonPath("$.content[0].lastError").value("SMTP failed 6 times; last error: 550 <l***@example.com> unknown"));
    }

    @Test
    void couriersMayNotReadTheOutbox() throws Exception {
        mvc.perform(get("/api/v1/notifications").with(httpBasic("courier", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void adminsListFailedMessagesAndRetryThem() throws Exception {
        long id = failed("BOUNCE", "Template error: boom");

        mvc.perform(get("/api/v1/admin/notifications").param("caseNo", caseNo).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.content[0].recipient").value("lisi@example.com"))
                .andExpect(jsonPath("$.content[0].lastError").value("Template error: boom"));

        EngineClock.setNow(T0.plus(Duration.ofHours(2)));
        mvc.perform(post("/api/v1/admin/notifications/{id}/retry", id).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.attempts").value(0))
                .andExpect(jsonPath("$.nextAttemptAt").value("1990-03-01T04:00:00Z"));
        mvc.perform(get("/api/v1/admin/notifications").param("caseNo", caseNo).with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void afterAnOutageAdminsRetryEveryFailedMessageOfACaseAtOnce() throws Exception {
        long first = failed("OUTAGE1", "SMTP failed 300 times; last error: MailSendException");
        long second = failed("OUTAGE2", "SMTP failed 300 times; last error: MailSendException");

        mvc.perform(post("/api/v1/admin/notifications/retry-failed").param("caseNo", caseNo)
                        .with(httpBasic("complaint-supervisor", "demo")))
                .andExpect(status().isForbidden());
        EngineClock.setNow(T0.plus(Duration.ofHours(1)));
        mvc.perform(post("/api/v1/admin/notifications/retry-failed").param("caseNo", caseNo).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.retried").value(2));

        assertThat(rows.findByCaseNoOrderById(caseNo)).filteredOn(r -> r.getId() == first || r.getId() == second)
                .allSatisfy(row -> {
                    assertThat(row.getStatus()).isEqualTo(OutboxStatus.PENDING);
                    assertThat(row.getAttempts()).isZero();
                    assertThat(row.getNextAttemptAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
                });
        mvc.perform(post("/api/v1/admin/notifications/retry-failed").param("caseNo", caseNo).with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.retried").value(0));
    }

    @Test
    void adminsSeeTheBacklogAndTheOldestWaitingMessagesAge() throws Exception {
        failed("GIVEN_UP", "Template error: boom");
        EngineClock.setNow(T0.plus(Duration.ofMinutes(30)));

        mvc.perform(get("/api/v1/admin/notifications/backlog").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pending").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.failed").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.oldestWaitingAgeSeconds").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1800)));
        mvc.perform(get("/api/v1/admin/notifications/backlog").with(httpBasic("complaint-supervisor", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyFailedOrWaitingMessagesCanBeRetriedAndOnlyByAdmins() throws Exception {
        long sending = idOf("ACK");
        store.claim(sending, "node-t", T0, T0.plus(Duration.ofMinutes(5)));

        mvc.perform(post("/api/v1/admin/notifications/{id}/retry", sending).with(httpBasic("admin", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentStatus").value("SENDING"))
                .andExpect(jsonPath("$.status").value(409));
        mvc.perform(post("/api/v1/admin/notifications/{id}/retry", Long.MAX_VALUE).with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/admin/notifications/{id}/retry", sending).with(httpBasic("complaint-supervisor", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void adminsPreviewWhatTheCustomerGets() throws Exception {
        long id = idOf("ACK");

        mvc.perform(get("/api/v1/notifications/{id}/preview", id).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("测试通知 " + caseNo))
                .andExpect(jsonPath("$.to").value("zhangsan@example.com"))
                .andExpect(jsonPath("$.template").value("mail/test-message"))
                .andExpect(jsonPath("$.html").value(containsString("<strong>" + caseNo + "</strong>")))
                .andExpect(jsonPath("$.text").value(containsString("尊敬的张三：")))
                .andExpect(jsonPath("$.messageId").value(containsString("<parceldesk.outbox." + id + ".")));
        mvc.perform(get("/api/v1/notifications/{id}/preview/html", id).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("您的案件 <strong>" + caseNo + "</strong> 已受理。")));
        mvc.perform(get("/api/v1/notifications/{id}/preview", id).with(httpBasic("complaint-supervisor", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPreviewOfABrokenTemplateExplainsTheError() throws Exception {
        fixtures.enqueue(new Notification(caseNo, "no-such-template", "BROKEN", Recipient.email("x@example.com"), null));

        mvc.perform(get("/api/v1/notifications/{id}/preview", idOf("BROKEN")).with(httpBasic("admin", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("template"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Template not found")));
    }
}
