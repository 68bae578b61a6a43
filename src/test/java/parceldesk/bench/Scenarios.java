package parceldesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/** The HTTP conversations the benchmark drives, as a client of the public APIs would. */
final class Scenarios {

    static final String[] CATEGORIES = {"DELAY", "LOSS", "DAMAGE", "ATTITUDE", "FALSE_DELIVERY", "UNAUTHORIZED_LOCKER",
        "PRIVATE_CHARGE", "PICKUP", "OTHER"};
    private static final String HANDLER = basic("complaint-handler", "demo");
    private static final String CLAIMS_HANDLER = basic("claims-handler", "demo");
    private static final String CLAIMS_SUPERVISOR = basic("claims-supervisor", "demo");
    private static final String CLAIMS_MANAGER = basic("claims-manager", "demo");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final AtomicLong SHOWN = new AtomicLong();

    private final BenchApplication app;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong next = new AtomicLong();
    private final AtomicLong nextClaim = new AtomicLong();
    private final int shipments;

    Scenarios(BenchApplication app, int shipments) {
        this.app = app;
        this.shipments = shipments;
    }

    /**
     * Copies one demo shipment {@code count} times under new waybill numbers, in JDBC batches: every
     * intake then files a new case (waybill + category never repeats) instead of a duplicate.
     */
    static void loadShipments(JdbcTemplate jdbc, int count) {
        String copy = """
                insert into shipment (waybill_no, service_type, shipped_at, promised_at, delivered_at, pickup_courier_no,
                    delivery_courier_no, origin_station_code, destination_station_code, postage, insured, declared_value,
                    insurance_fee, status)
                select ?, service_type, shipped_at, promised_at, delivered_at, pickup_courier_no, delivery_courier_no,
                    origin_station_code, destination_station_code, postage, insured, declared_value, insurance_fee, status
                from shipment where waybill_no = 'PD2026000001'""";
        int batch = 1000;
        for (int from = 0; from < count; from += batch) {
            java.util.List<Object[]> rows = new java.util.ArrayList<>();
            for (int i = from; i < Math.min(count, from + batch); i++) {
                rows.add(new Object[] {waybill(i)});
            }
            jdbc.batchUpdate(copy, rows);
        }
    }

    static String waybill(int i) {
        return String.format("BX%010d", i);
    }

    /** A new complaint each call; category changes when the waybills run out, so none is a duplicate. */
    Map<String, Object> newComplaint() {
        long n = next.getAndIncrement();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("waybillNo", waybill((int) (n % shipments)));
        body.put("channel", "API");
        body.put("category", CATEGORIES[(int) ((n / shipments) % CATEGORIES.length)]);
        body.put("customerName", "张小明");
        body.put("customerPhone", String.valueOf(13_000_000_000L + n));
        body.put("customerEmail", "c" + n + "@example.com");
        body.put("description", "快件已超过承诺时效三天仍未送达，多次联系网点无人接听，请尽快处理。");
        return body;
    }

    int intake(HttpClient http) throws Exception {
        return post(http, "/api/v1/complaints", newComplaint()).statusCode();
    }

    int baselineStart(HttpClient http) throws Exception {
        return post(http, "/api/bench/baseline", Map.of()).statusCode();
    }

    /** File, contact, investigate, reply, record the satisfaction callback: the case closes. */
    int complaintLifecycle(HttpClient http) throws Exception {
        HttpResponse<String> filed = post(http, "/api/v1/complaints", newComplaint());
        if (filed.statusCode() != 201) {
            return filed.statusCode();
        }
        return workTasks(http, json.readTree(filed.body()).get("caseNo").asText());
    }

    /** The same tasks with the same values on the baseline process. */
    int baselineLifecycle(HttpClient http) throws Exception {
        HttpResponse<String> started = post(http, "/api/bench/baseline", Map.of());
        if (started.statusCode() != 201) {
            return started.statusCode();
        }
        return workTasks(http, json.readTree(started.body()).get("caseNo").asText());
    }

    private int workTasks(HttpClient http, String businessKey) throws Exception {
        int status = complete(http, businessKey, "Task_ContactCustomer",
                Map.of("contactResult", "REACHED", "contactNote", "已致电客户，承诺两日内答复"));
        if (status == 204) {
            status = complete(http, businessKey, "Task_Investigate", Map.of("investigationOutcome", "CONCLUDED",
                    "finding", "分拨中心错分导致延误", "responsibleParty", "SORTING_CENTER", "compensationNeeded", false,
                    "courierAtFault", false));
        }
        if (status == 204) {
            status = complete(http, businessKey, "Task_ReplyToCustomer", Map.of("resolution", "经核实为分拨中心错分，已改派并加急，向您致歉。"));
        }
        if (status == 204) {
            status = complete(http, businessKey, "Task_SatisfactionCallback", Map.of("satisfaction", 5, "callbackNote", "电话回访，客户满意"));
        }
        return status == 204 ? 200 : status;
    }

    private int complete(HttpClient http, String businessKey, String taskKey, Map<String, Object> values) throws Exception {
        return complete(http, HANDLER, businessKey, taskKey, values);
    }

    private int complete(HttpClient http, String authorization, String businessKey, String taskKey, Map<String, Object> values)
            throws Exception {
        HttpResponse<String> found = get(http, authorization, "/engine-rest/task?processInstanceBusinessKey=" + businessKey
                + "&taskDefinitionKey=" + taskKey);
        if (found.statusCode() != 200) {
            return found.statusCode();
        }
        JsonNode tasks = json.readTree(found.body());
        if (tasks.size() != 1) {
            return 409; // the process is not where it should be
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return post(http, authorization, "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
                Map.of("variables", variables)).statusCode();
    }

    /**
     * A claim through two approval levels to payment: filed as the claims handler (a lost, insured
     * parcel; 3 000 of 5 000 declared), evidence, assessment, supervisor, manager, the customer's
     * acceptance recorded by the handler, then the payment by the job executor — the case counts when
     * the claim is SETTLED (polled every 20 ms, as a client waiting for the outcome would).
     */
    int claimLifecycle(HttpClient http) throws Exception {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("waybillNo", insuredWaybill((int) (nextClaim.getAndIncrement() % shipments)));
        claim.put("customerName", "李小红");
        claim.put("customerPhone", "13900139000");
        claim.put("customerEmail", "claimant@example.com");
        claim.put("description", "包裹丢失，申请理赔。");
        claim.put("reportedLossType", "LOSS");
        HttpResponse<String> filed = post(http, CLAIMS_HANDLER, "/api/v1/claims", claim);
        if (filed.statusCode() != 201) {
            return filed.statusCode();
        }
        String caseNo = json.readTree(filed.body()).get("caseNo").asText();
        return workClaim(http, caseNo, "/api/v1/claims/" + caseNo);
    }

    /**
     * The same tasks with the same values on the claim baseline (ParcelDesk's claim model with no-op
     * delegates), the same wait for the payment step, polled through a bench endpoint of one query.
     */
    int baselineClaimLifecycle(HttpClient http) throws Exception {
        HttpResponse<String> started = post(http, CLAIMS_HANDLER, "/api/bench/baseline-claim", Map.of());
        if (started.statusCode() != 201) {
            return started.statusCode();
        }
        JsonNode body = json.readTree(started.body());
        return workClaim(http, body.get("caseNo").asText(), "/api/bench/baseline-claim/" + body.get("id").asText());
    }

    /** Claim steps from evidence to the customer's acceptance, then polls {@code statePath} until SETTLED. */
    private int workClaim(HttpClient http, String caseNo, String statePath) throws Exception {
        int status = complete(http, CLAIMS_HANDLER, caseNo, "Task_CollectEvidence", Map.of("evidenceComplete", true));
        if (status == 204) {
            status = complete(http, CLAIMS_HANDLER, caseNo, "Task_AssessClaim", Map.of("lossType", "LOSS",
                    "responsibleParty", "SORTING_CENTER", "actualLoss", 3000.0, "wrongRecipientDetails", false));
        }
        if (status == 204) {
            status = complete(http, CLAIMS_SUPERVISOR, caseNo, "Task_ApprovePayout", Map.of("supervisorDecision", "APPROVE"));
        }
        if (status == 204) {
            status = complete(http, CLAIMS_MANAGER, caseNo, "Task_ApprovePayoutManager", Map.of("managerDecision", "APPROVE"));
        }
        if (status == 204) {
            status = complete(http, CLAIMS_HANDLER, caseNo, "Task_CustomerConfirmation", Map.of("customerDecision", "ACCEPT"));
        }
        if (status != 204) {
            return status;
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> state = get(http, CLAIMS_HANDLER, statePath);
            if (state.statusCode() != 200) {
                return state.statusCode();
            }
            if ("SETTLED".equals(json.readTree(state.body()).path("status").asText())) {
                return 200;
            }
            Thread.sleep(20); // waiting for the payment job, as a client would poll
        }
        return 504;
    }

    /** Lost, insured parcels for the claim scenario (one claim per waybill). */
    static void loadInsuredShipments(JdbcTemplate jdbc, int count) {
        String insert = """
                insert into shipment (waybill_no, service_type, shipped_at, promised_at, delivered_at, pickup_courier_no,
                    delivery_courier_no, origin_station_code, destination_station_code, postage, insured, declared_value,
                    insurance_fee, status)
                values (?, 'DOMESTIC', ?, ?, null, 'C0005', 'C0005', 'S001', 'S003', 20.00, true, 5000.00, 5.00, 'EXCEPTION')""";
        java.sql.Timestamp shipped = java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(10)));
        java.sql.Timestamp promised = java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(7)));
        int batch = 1000;
        for (int from = 0; from < count; from += batch) {
            java.util.List<Object[]> rows = new java.util.ArrayList<>();
            for (int i = from; i < Math.min(count, from + batch); i++) {
                rows.add(new Object[] {insuredWaybill(i), shipped, promised});
            }
            jdbc.batchUpdate(insert, rows);
        }
    }

    static String insuredWaybill(int i) {
        return String.format("BI%010d", i);
    }

    /** "My groups' open tasks by SLA due, first page of 50", as Tasklist asks engine REST. */
    int taskListPage(HttpClient http) throws Exception {
        HttpResponse<String> page = get(http, "/engine-rest/task?candidateGroups=complaint-handler,complaint-supervisor"
                + "&includeAssignedTasks=true&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=50");
        if (page.statusCode() == 200 && json.readTree(page.body()).size() != 50) {
            return 206; // fewer than a page: the preload did not work
        }
        return page.statusCode();
    }

    /**
     * A browser session of the workbench: logs in through the login form once (session cookie, CSRF
     * token from the form) and is then used by every client of the workbench scenario.
     */
    HttpClient workbenchSession(String baseUrl, String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).timeout(TIMEOUT).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher csrf = java.util.regex.Pattern
                .compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page (" + form.statusCode() + ")");
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        String credentials = "username=" + user + "&password=demo&_csrf=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials)).build(), HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("workbench login as " + user + " failed: " + login.statusCode() + " → " + location);
        }
        return browser;
    }

    /**
     * The workbench's own task list, first page (50) of "offered to my groups, not claimed", by due
     * date — the page a handler opens: one SQL statement over ACT_RU_TASK and the case tables, rendered
     * by Thymeleaf. A page with fewer than 50 task rows counts as 206 (the preload did not work).
     */
    int workbenchPage(HttpClient session, String baseUrl) throws Exception {
        HttpResponse<String> page = shown("/workbench", session.send(HttpRequest.newBuilder(URI.create(baseUrl
                + "/workbench?scope=group")).timeout(TIMEOUT).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString()));
        if (page.statusCode() != 200) {
            return page.statusCode();
        }
        int rows = page.body().split("data-case=\"", -1).length - 1;
        return rows == 50 ? 200 : 206;
    }

    private HttpResponse<String> post(HttpClient http, String path, Object body) throws Exception {
        return post(http, HANDLER, path, body);
    }

    private HttpResponse<String> post(HttpClient http, String authorization, String path, Object body) throws Exception {
        return shown(path, http.send(HttpRequest.newBuilder(URI.create(app.url(path))).timeout(TIMEOUT)
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return get(http, HANDLER, path);
    }

    private HttpResponse<String> get(HttpClient http, String authorization, String path) throws Exception {
        return shown(path, http.send(HttpRequest.newBuilder(URI.create(app.url(path))).timeout(TIMEOUT)
                .header("Authorization", authorization).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /** The first few failures are printed with their body: an error count alone diagnoses nothing. */
    private HttpResponse<String> shown(String path, HttpResponse<String> answer) {
        if (answer.statusCode() >= 400 && answer.statusCode() != 503 && SHOWN.incrementAndGet() <= 10) {
            String body = answer.body();
            System.out.printf("bench: %d from %s: %s%n", answer.statusCode(), path,
                    body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
        return answer;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
