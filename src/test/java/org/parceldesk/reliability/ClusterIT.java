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
 * shortened to seconds and one SMTP server (GreenMail). Complaints and claims are filed on both
 * nodes; tasks created through one node are completed through the other (claims through two approval
 * levels and the customer's acceptance, each step on the other node than the one before); one node is
 * killed hard while timers and payment jobs are pending. The survivor finishes all due work, and every
 * warning, breach, escalation task, payment and mail happens exactly once.
 */
class ClusterIT {

    private static final int PER_NODE = 5;
    private static final int CLAIMS_PER_NODE = 3;
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
                "PARCELDESK_DB_URL", serverUrl.replace("/parceldesk?", "/" + database + "?"),
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
            // both nodes answer engine REST once before the clock starts: the first calls of a fresh JVM
            // are slow, and the contact must be completed within the 40 s first-contact limit
            for (ParcelDeskNode node : List.of(a, b)) {
                assertThat(node.get("/engine-rest/task?maxResults=1", "admin").statusCode()).isEqualTo(200);
            }
            String contacted = file(a, 0);
            filedOnA.add(contacted);
            completeContact(b, contacted);
            filedOnB.add(file(b, PER_NODE));
            for (int i = 1; i < PER_NODE; i++) {
                filedOnA.add(file(a, i));
                filedOnB.add(file(b, PER_NODE + i));
            }

            // claims filed on both nodes, every step on the other node than the step before; the last
            // step (the customer's acceptance) leaves the payment to the job executors of both nodes
            String clusterDb = serverUrl.replace("/parceldesk?", "/" + database + "?");
            List<String> claims = new ArrayList<>();
            for (int i = 0; i < CLAIMS_PER_NODE; i++) {
                claims.add(fileClaim(a, clusterDb, i));
                claims.add(fileClaim(b, clusterDb, CLAIMS_PER_NODE + i));
            }
            for (int i = 0; i < claims.size(); i++) {
                approveToPayment(i % 2 == 0 ? a : b, i % 2 == 0 ? b : a, claims.get(i));
            }
            int paidBeforeKill = payments(clusterDb, claims).values().stream().mapToInt(Integer::intValue).sum();

            Instant killedAt = Instant.now();
            a.killHard();
            List<String> all = new ArrayList<>(filedOnA);
            all.addAll(filedOnB);
            List<String> expectingBreach = new ArrayList<>(all);
            expectingBreach.remove(contacted);

            Instant deadline = Instant.now().plus(Duration.ofMinutes(12));
            Map<String, int[]> figures = new HashMap<>();
            boolean done = false;
            while (!done && Instant.now().isBefore(deadline)) {
                Thread.sleep(2000); // polling real timers and jobs in another process
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
                if (payments(clusterDb, claims).values().stream().anyMatch(n -> n == 0)) {
                    done = false;
                }
                JsonNode backlog = json.readTree(b.get("/api/v1/admin/notifications/backlog", "admin").body());
                if (backlog.get("pending").asLong() + backlog.get("sending").asLong() > 0) {
                    done = false;
                }
                // quiet: no job of these cases is due or still locked, so nothing more can fire (twice)
                if (dueOrLockedJobs(clusterDb, all, claims) > 0) {
                    done = false;
                }
            }
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
            // A mail SMTP accepted just before node a died, not yet marked SENT, goes out again with its
            // own Message-ID (docs/notifications.md, "Crash while sending"): that is a resend, counted
            // apart. Two Message-IDs with the same case, subject and recipient are a mail queued twice.
            List<String> mails = new ArrayList<>();
            java.util.Set<String> messageIds = new java.util.HashSet<>();
            int resends = 0;
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (!messageIds.add(message.getMessageID())) {
                    resends++;
                    continue;
                }
                mails.add(message.getHeader("X-ParcelDesk-Case", null) + " " + message.getSubject() + " → "
                        + message.getAllRecipients()[0]);
            }
            long doubledMails = mails.size() - mails.stream().distinct().count();
            Map<String, Integer> paid = payments(clusterDb, claims);
            Map<String, Integer> paymentSteps = completedActivities(clusterDb, claims, "Task_RecordPayment");
            long missingPayments = paid.values().stream().filter(n -> n == 0).count();
            long doubledPayments = paid.values().stream().mapToInt(n -> Math.max(0, n - 1)).sum()
                    + paymentSteps.values().stream().mapToInt(n -> Math.max(0, n - 1)).sum();
            long settled = 0;
            for (String caseNo : claims) {
                JsonNode claim = json.readTree(b.get("/api/v1/claims/" + caseNo, "claims-manager").body());
                if ("SETTLED".equals(claim.path("status").asText())) {
                    settled++;
                }
            }
            long paymentNotices = mails.stream().filter(m -> m.contains("claimant")).count();
            long acknowledgments = mails.stream().filter(m -> m.contains("cluster")).count();
            System.out.printf("ClusterIT: 2 nodes on one MariaDB, %d complaints (%d per node), node a killed hard %s after "
                            + "filing; survivor: %d first-contact warnings+breaches fired, %d escalation tasks, %d mails "
                            + "(%d to customers); missing %d, doubled timers %d, doubled mails %d, resent after the kill %d; %d claims (%d per node) "
                            + "approved on alternating nodes through supervisor and manager, %d paid before the kill, "
                            + "%d settled, payments %d, missing %d, doubled %d, %d mails to claimants%n",
                    all.size(), PER_NODE, Duration.between(killedAt, Instant.now()).toSeconds() + "s before the end",
                    figures.values().stream().mapToInt(f -> f[0] + f[1]).sum(), escalations, mails.size(),
                    acknowledgments, missingTimers, doubledTimers, doubledMails, resends, claims.size(), CLAIMS_PER_NODE,
                    paidBeforeKill, settled, paid.values().stream().mapToInt(Integer::intValue).sum(), missingPayments,
                    doubledPayments, paymentNotices);
            assertThat(done).as("the surviving node finished all due work").isTrue();
            assertThat(missingTimers).isZero();
            assertThat(doubledTimers).isZero();
            assertThat(doubledMails).as("mails sent twice: " + mails).isZero();
            assertThat(acknowledgments).as("one acknowledgment per complaint").isEqualTo(all.size());
            assertThat(paid).as("payments per claim").allSatisfy((caseNo, n) -> assertThat(n).as(caseNo).isOne());
            assertThat(paymentSteps).as("completed payment steps per claim")
                    .allSatisfy((caseNo, n) -> assertThat(n).as(caseNo).isOne());
            assertThat(settled).as("claims settled").isEqualTo(claims.size());
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

    /** A lost, insured parcel per claim (3 000 of 5 000 declared: supervisor and manager must approve), filed on {@code node}. */
    private String fileClaim(ParcelDeskNode node, String clusterDb, int n) throws Exception {
        String waybillNo = String.format("CL%010d", n);
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(clusterDb, "root", "");
                java.sql.PreparedStatement insert = connection.prepareStatement("""
                        insert into shipment (waybill_no, service_type, shipped_at, promised_at, delivered_at, pickup_courier_no,
                            delivery_courier_no, origin_station_code, destination_station_code, postage, insured, declared_value,
                            insurance_fee, status)
                        values (?, 'DOMESTIC', ?, ?, null, 'C0005', 'C0005', 'S001', 'S003', 20.00, true, 5000.00, 5.00, 'EXCEPTION')""")) {
            Instant shipped = Instant.now().minus(Duration.ofDays(10));
            insert.setString(1, waybillNo);
            insert.setTimestamp(2, java.sql.Timestamp.from(shipped));
            insert.setTimestamp(3, java.sql.Timestamp.from(shipped.plus(Duration.ofDays(3))));
            insert.executeUpdate();
        }
        Map<String, Object> body = new HashMap<>();
        body.put("waybillNo", waybillNo);
        body.put("customerName", "集群理赔 " + n);
        body.put("customerPhone", "13900139000");
        body.put("customerEmail", "claimant" + n + "@example.com");
        body.put("description", "集群测试：包裹丢失，第 " + n + " 件理赔。");
        body.put("reportedLossType", "LOSS");
        HttpResponse<String> answer = node.post("/api/v1/claims", "intake-api", json.writeValueAsString(body));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json.readTree(answer.body()).get("caseNo").asText();
    }

    /** Evidence, assessment, supervisor, manager, customer acceptance: each step on the other node than the one before. */
    private void approveToPayment(ParcelDeskNode first, ParcelDeskNode second, String caseNo) throws Exception {
        completeTask(first, "claims-handler", caseNo, "Task_CollectEvidence",
                "{\"evidenceComplete\":{\"value\":true}}");
        completeTask(second, "claims-handler", caseNo, "Task_AssessClaim", "{\"lossType\":{\"value\":\"LOSS\"},"
                + "\"responsibleParty\":{\"value\":\"SORTING_CENTER\"},\"actualLoss\":{\"value\":3000.0,\"type\":\"Double\"},"
                + "\"wrongRecipientDetails\":{\"value\":false}}");
        completeTask(first, "claims-supervisor", caseNo, "Task_ApprovePayout", "{\"supervisorDecision\":{\"value\":\"APPROVE\"}}");
        completeTask(second, "claims-manager", caseNo, "Task_ApprovePayoutManager", "{\"managerDecision\":{\"value\":\"APPROVE\"}}");
        completeTask(first, "claims-handler", caseNo, "Task_CustomerConfirmation", "{\"customerDecision\":{\"value\":\"ACCEPT\"}}");
    }

    private void completeTask(ParcelDeskNode node, String user, String caseNo, String taskKey, String variables) throws Exception {
        JsonNode tasks = json.readTree(node.get("/engine-rest/task?processInstanceBusinessKey=" + caseNo
                + "&taskDefinitionKey=" + taskKey, user).body());
        assertThat(tasks.size()).as(taskKey + " of " + caseNo).isEqualTo(1);
        String id = tasks.get(0).get("id").asText();
        HttpResponse<String> claim = node.post("/engine-rest/task/" + id + "/claim", user, "{\"userId\":\"" + user + "\"}");
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
        HttpResponse<String> done = node.post("/engine-rest/task/" + id + "/complete", user, "{\"variables\":" + variables + "}");
        assertThat(done.statusCode()).as(taskKey + " of " + caseNo + ": " + done.body()).isIn(200, 204);
    }

    /** Payment rows per claim, straight from the shared database. */
    private static Map<String, Integer> payments(String clusterDb, List<String> claims) throws Exception {
        Map<String, Integer> paid = new HashMap<>();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(clusterDb, "root", "");
                java.sql.PreparedStatement count = connection.prepareStatement(
                        "select count(*) from claim_payment where claim_case_no = ?")) {
            for (String caseNo : claims) {
                count.setString(1, caseNo);
                try (java.sql.ResultSet rows = count.executeQuery()) {
                    rows.next();
                    paid.put(caseNo, rows.getInt(1));
                }
            }
        }
        return paid;
    }

    /** How often an activity completed per case, from the engine's history (a second execution would show). */
    private static Map<String, Integer> completedActivities(String clusterDb, List<String> caseNos, String activityId)
            throws Exception {
        Map<String, Integer> completed = new HashMap<>();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(clusterDb, "root", "");
                java.sql.PreparedStatement count = connection.prepareStatement("""
                        select count(*) from ACT_HI_ACTINST a join ACT_HI_PROCINST p on p.ID_ = a.PROC_INST_ID_
                        where p.BUSINESS_KEY_ = ? and a.ACT_ID_ = ? and a.END_TIME_ is not null""")) {
            for (String caseNo : caseNos) {
                count.setString(1, caseNo);
                count.setString(2, activityId);
                try (java.sql.ResultSet rows = count.executeQuery()) {
                    rows.next();
                    completed.put(caseNo, rows.getInt(1));
                }
            }
        }
        return completed;
    }

    /** Jobs of these cases that are due now or locked by a node: while any exists, work is still going on. */
    private static int dueOrLockedJobs(String clusterDb, List<String> complaints, List<String> claims) throws Exception {
        List<String> keys = new ArrayList<>(complaints);
        keys.addAll(claims);
        String marks = String.join(",", java.util.Collections.nCopies(keys.size(), "?"));
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(clusterDb, "root", "");
                java.sql.PreparedStatement count = connection.prepareStatement(
                        "select count(*) from ACT_RU_JOB j join ACT_RU_EXECUTION e on e.ID_ = j.PROCESS_INSTANCE_ID_"
                                + " where e.BUSINESS_KEY_ in (" + marks + ") and j.RETRIES_ > 0"
                                + " and (j.LOCK_OWNER_ is not null or j.DUEDATE_ is null or j.DUEDATE_ <= ?)")) {
            for (int i = 0; i < keys.size(); i++) {
                count.setString(i + 1, keys.get(i));
            }
            count.setTimestamp(keys.size() + 1, java.sql.Timestamp.from(Instant.now()));
            try (java.sql.ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
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
