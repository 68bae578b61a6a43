package org.parceldesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.MariaDbServer;

/**
 * Two ParcelDesk JVMs on one MariaDB database, job executor and outbox sender on both, SLA timers
 * shortened to seconds and one SMTP server (GreenMail). Complaints are filed on both nodes; a task
 * created through one node is completed through the other; one node is killed hard while timers are
 * pending. The survivor finishes all due work, and every warning, breach, escalation task and mail
 * happens exactly once.
 */
class ClusterIT {

    private static final int PER_NODE = 5;
    private static final Duration FIRST_CONTACT = Duration.ofSeconds(40);

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void twoNodesOneKilledEveryTimerAndMailExactlyOnce() throws Exception {
        String serverUrl = MariaDbServer.url();
        String database = "parceldesk_cluster_" + System.currentTimeMillis();
        try (java.sql.Connection root = java.sql.DriverManager.getConnection(serverUrl, "root", "");
                java.sql.Statement statement = root.createStatement()) {
            statement.execute("create database " + database + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        Path dir = Files.createDirectories(Path.of("target", "cluster", "run-" + System.currentTimeMillis())).toAbsolutePath();
        Map<String, String> environment = Map.of(
                "PARCELDESK_DB_URL", serverUrl.replace("/parceldesk?", "/" + database + "?nullDatabaseMeansCurrent=true&"),
                "PARCELDESK_DB_USER", "root",
                "PARCELDESK_DB_PASSWORD", "",
                "PARCELDESK_DB_DIALECT", "org.hibernate.dialect.MariaDBDialect",
                "PARCELDESK_CLAIM_LINK_SECRET", "cluster-claim-link-secret",
                "PARCELDESK_PORTAL_TOKEN_SECRET", "cluster-portal-token-secret",
                // short lease for the test: SMTP timeouts must stay well below it (checked at startup)
                // (a read timeout after the message was handed over leaves SMTP's outcome unknown and the
                // mail is sent again: generous timeouts on a loaded build machine, lease to match)
                "PARCELDESK_SMTP_CONNECT_TIMEOUT_MS", "2000",
                "PARCELDESK_SMTP_READ_TIMEOUT_MS", "5000",
                "PARCELDESK_SMTP_WRITE_TIMEOUT_MS", "5000");
        String[] arguments = {"--spring.profiles.active=mysql",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--parceldesk.notification.sender.interval=1s", "--parceldesk.notification.sender.lease=60s",
                // a job locked by a node that dies is free again after this long
                "--camunda.bpm.job-execution.lock-time-in-millis=20000",
                "--parceldesk.sla.definitions.complaint-first-contact.duration=" + FIRST_CONTACT.toSeconds() + "s"};
        ParcelDeskNode a = null;
        ParcelDeskNode b = null;
        try {
            // the first node creates the schema and the demo data alone, then the second joins
            List<String> first = new ArrayList<>(List.of(arguments));
            first.add("--parceldesk.demo.enabled=true");
            a = ParcelDeskNode.start(dir.resolve("a"), "node-a", environment, first.toArray(String[]::new));
            b = ParcelDeskNode.start(dir.resolve("b"), "node-b", environment, arguments);

            List<String> filedOnA = new ArrayList<>();
            List<String> filedOnB = new ArrayList<>();
            // a task created through node a, completed through node b: its first-contact clock stops
            // (no breach, no escalation; its warning may already have fired on a slow machine)
            String contacted = file(a, 0);
            filedOnA.add(contacted);
            completeContact(b, contacted);
            filedOnB.add(file(b, PER_NODE));
            for (int i = 1; i < PER_NODE; i++) {
                filedOnA.add(file(a, i));
                filedOnB.add(file(b, PER_NODE + i));
            }

            Instant killedAt = Instant.now();
            a.killHard();
            List<String> all = new ArrayList<>(filedOnA);
            all.addAll(filedOnB);
            List<String> expectingBreach = new ArrayList<>(all);
            expectingBreach.remove(contacted);

            Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
            Map<String, int[]> figures = new HashMap<>();
            boolean done = false;
            while (!done && Instant.now().isBefore(deadline)) {
                Thread.sleep(2000); // waiting for real timers in another process
                figures.clear();
                done = true;
                for (String caseNo : all) {
                    JsonNode detail = json.readTree(b.get("/api/v1/complaints/" + caseNo, "admin").body());
                    int warnings = count(detail.at("/sla/warnings"), "complaint-first-contact");
                    int breaches = count(detail.at("/sla/breaches"), "complaint-first-contact");
                    figures.put(caseNo, new int[] {warnings, breaches});
                    if (expectingBreach.contains(caseNo) && breaches == 0) {
                        done = false;
                    }
                }
                JsonNode backlog = json.readTree(b.get("/api/v1/admin/notifications/backlog", "admin").body());
                if (backlog.get("pending").asLong() + backlog.get("sending").asLong() > 0) {
                    done = false;
                }
            }
            // a moment more for anything that would fire twice
            Thread.sleep(5000);

            int doubledTimers = 0;
            int missingTimers = 0;
            int escalations = 0;
            for (String caseNo : all) {
                JsonNode detail = json.readTree(b.get("/api/v1/complaints/" + caseNo, "admin").body());
                int warnings = count(detail.at("/sla/warnings"), "complaint-first-contact");
                int breaches = count(detail.at("/sla/breaches"), "complaint-first-contact");
                int expected = caseNo.equals(contacted) ? 0 : 1;
                int expectedWarnings = caseNo.equals(contacted) ? Math.min(warnings, 1) : 1;
                doubledTimers += Math.max(0, warnings - expectedWarnings) + Math.max(0, breaches - expected);
                missingTimers += Math.max(0, expectedWarnings - warnings) + Math.max(0, expected - breaches);
                JsonNode tasks = json.readTree(b.get("/engine-rest/task?processInstanceBusinessKey=" + caseNo
                        + "&taskDefinitionKey=Task_FirstContactEscalation", "admin").body());
                assertThat(tasks.size()).as("escalation tasks of " + caseNo).isEqualTo(expected);
                escalations += tasks.size();
            }
            List<String> mails = new ArrayList<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                mails.add(message.getHeader("X-ParcelDesk-Case", null) + " " + message.getSubject() + " → "
                        + message.getAllRecipients()[0]);
            }
            long doubledMails = mails.size() - mails.stream().distinct().count();
            long acknowledgments = mails.stream().filter(m -> m.contains("cluster")).count();
            System.out.printf("ClusterIT: 2 nodes on one MariaDB, %d complaints (%d per node), node a killed hard %s after "
                            + "filing; survivor: %d first-contact warnings+breaches fired, %d escalation tasks, %d mails "
                            + "(%d to customers); missing %d, doubled timers %d, doubled mails %d%n",
                    all.size(), PER_NODE, Duration.between(killedAt, Instant.now()).toSeconds() + "s before the end",
                    figures.values().stream().mapToInt(f -> f[0] + f[1]).sum(), escalations, mails.size(),
                    acknowledgments, missingTimers, doubledTimers, doubledMails);
            assertThat(done).as("the surviving node finished all due work").isTrue();
            assertThat(missingTimers).isZero();
            assertThat(doubledTimers).isZero();
            assertThat(doubledMails).as("mails sent twice: " + mails).isZero();
            assertThat(acknowledgments).as("one acknowledgment per complaint").isEqualTo(all.size());
        } finally {
            if (a != null) {
                a.close();
            }
            if (b != null) {
                b.close();
            }
            smtp.stop();
        }
    }

    private String file(ParcelDeskNode node, int n) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("waybillNo", String.format("PD%010d", 2026000001L + n));
        body.put("channel", "API");
        body.put("category", "DELAY");
        body.put("customerName", "集群测试 " + n);
        body.put("customerPhone", "13800138000");
        body.put("customerEmail", "cluster" + n + "@example.com");
        body.put("description", "集群测试：第 " + n + " 件投诉，两个节点处理。");
        HttpResponse<String> answer = node.post("/api/v1/complaints", "intake-api", json.writeValueAsString(body));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json.readTree(answer.body()).get("caseNo").asText();
    }

    private void completeContact(ParcelDeskNode node, String caseNo) throws Exception {
        JsonNode tasks = json.readTree(node.get("/engine-rest/task?processInstanceBusinessKey=" + caseNo
                + "&taskDefinitionKey=Task_ContactCustomer", "admin").body());
        assertThat(tasks.size()).as("contact task of " + caseNo).isEqualTo(1);
        String id = tasks.get(0).get("id").asText();
        HttpResponse<String> claim = node.post("/engine-rest/task/" + id + "/claim", "complaint-handler",
                "{\"userId\":\"complaint-handler\"}");
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
        HttpResponse<String> done = node.post("/engine-rest/task/" + id + "/complete", "complaint-handler",
                "{\"variables\":{\"contactResult\":{\"value\":\"REACHED\"},\"contactNote\":{\"value\":\"已联系客户（另一节点）\"}}}");
        assertThat(done.statusCode()).as(done.body()).isIn(200, 204);
    }

    private static int count(JsonNode slaEvents, String sla) {
        int n = 0;
        if (slaEvents != null && slaEvents.isArray()) {
            for (JsonNode event : slaEvents) {
                if (sla.equals(event.path("sla").asText())) {
                    n++;
                }
            }
        }
        return n;
    }
}
