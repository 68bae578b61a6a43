package org.parceldesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parceldesk.common.HostileRequests.bytes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parceldesk.claim.ClaimLinks;
import org.parceldesk.claim.ClaimService;
import org.parceldesk.claim.CustomerContact;
import org.parceldesk.claim.LossType;
import org.parceldesk.claim.NewClaim;
import org.parceldesk.claim.ClaimOrigin;
import org.parceldesk.common.HostileRequests.Hostile;
import org.parceldesk.common.HostileRequests.Kind;
import org.parceldesk.common.HostileRequests.Multipart;
import org.parceldesk.complaint.ComplaintIntake;
import org.parceldesk.complaint.ComplaintLinks;
import org.parceldesk.complaint.NewComplaint;
import org.parceldesk.shipment.ServiceType;
import org.parceldesk.shipment.Shipment;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.shipment.ShipmentStatus;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bad-input suite (docs/reliability.md, "Bad input"): well over 1 000 generated hostile requests
 * against every public, staff and engine-REST endpoint that takes input, over real HTTP on MariaDB.
 * Every answer must be a 4xx (problem JSON for the APIs, the form page with a 4xx for the portal),
 * none a 5xx, none may take more than a few seconds, and no row may be written: the row counts of
 * every domain table and every Camunda runtime and history table are the same before and after.
 * Then parallel duplicates: one wins, the others get a 4xx.
 */
@MariaDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired ShipmentRepository shipments;
    @Autowired ClaimService claims;
    @Autowired ClaimLinks claimLinks;
    @Autowired ComplaintIntake complaints;
    @Autowired ComplaintLinks complaintLinks;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ObjectMapper json;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    private String csrf;
    private String claimCaseNo;
    private String assessTaskId;
    private String claimInstanceId;
    private String complaintCaseNo;
    private String freshWaybill;

    @BeforeAll
    void fixtures() throws Exception {
        freshWaybill = shipment("HI");
        String claimWaybill = shipment("HC");
        claimCaseNo = claims.register(new NewClaim(ClaimOrigin.API, null, claimWaybill,
                new CustomerContact("测试客户", "13800138000", "customer@example.com"), "包裹丢失", LossType.LOSS, null))
                .getCaseNo();
        claimInstanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(claimCaseNo).singleResult().getId();
        String evidenceTask = tasks.createTaskQuery().processInstanceId(claimInstanceId)
                .taskDefinitionKey("Task_CollectEvidence").singleResult().getId();
        tasks.complete(evidenceTask, Map.of("evidenceComplete", true));
        assessTaskId = tasks.createTaskQuery().processInstanceId(claimInstanceId)
                .taskDefinitionKey("Task_AssessClaim").singleResult().getId();
        complaintCaseNo = complaints.file(new NewComplaint(shipment("HT"), "API", "DELAY", "测试客户", "13800138001",
                "customer@example.com", "快件超过承诺时效仍未送达，请尽快处理。"), null, "intake-api").receipt().caseNo();

        HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/portal/complaints/new")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("CSRF token of the portal form").isTrue();
        csrf = token.group(1);
    }

    @Test
    void everyHostileRequestIsRefusedWithA4xxAndNothingIsWritten() throws Exception {
        List<Hostile> cases = new ArrayList<>();
        cases.addAll(apiCases());
        cases.addAll(engineRestCases());
        cases.addAll(portalCases());
        cases.addAll(importCases());
        cases.addAll(queryCases());

        Map<String, Long> before = rowCounts();
        List<String> failures = new ArrayList<>();
        int clientErrors = 0;
        int serverErrors = 0;
        long slowest = 0;
        String slowestName = "";
        for (Hostile hostile : cases) {
            long started = System.nanoTime();
            HttpResponse<byte[]> response;
            try {
                response = client.send(request(hostile), HttpResponse.BodyHandlers.ofByteArray());
            } catch (java.io.IOException e) {
                failures.add(hostile.name() + ": no answer (" + e + ")");
                continue;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > slowest) {
                slowest = millis;
                slowestName = hostile.name();
            }
            int status = response.statusCode();
            if (status >= 500) {
                serverErrors++;
            } else if (status >= 400) {
                clientErrors++;
            }
            String problem = verdict(hostile, response);
            if (problem != null) {
                failures.add(hostile.name() + ": " + problem);
            }
        }
        Map<String, Long> after = rowCounts();
        Map<String, String> changed = new LinkedHashMap<>();
        before.forEach((table, count) -> {
            if (!count.equals(after.get(table))) {
                changed.put(table, count + " → " + after.get(table));
            }
        });

        System.out.printf("%nBAD INPUT SUITE: %d hostile requests tried, %d answered 4xx, %d answered 5xx, "
                + "%d tables with changed row counts (of %d compared), slowest %d ms (%s), %d failures%n",
                cases.size(), clientErrors, serverErrors, changed.size(), before.size(), slowest, slowestName,
                failures.size());
        failures.stream().limit(60).forEach(failure -> System.out.println("  FAILED " + failure));
        changed.forEach((table, change) -> System.out.println("  ROWS " + table + ": " + change));

        assertThat(cases).hasSizeGreaterThanOrEqualTo(1000);
        assertThat(failures).isEmpty();
        assertThat(serverErrors).isZero();
        assertThat(changed).isEmpty();
    }

    @Test
    void parallelDuplicatesGetOneSuccessAndOtherwise4xx() throws Exception {
        // twenty completions of the same task at once: one completes it, the others are told (409/404), none is a 500
        String instance = newClaimAtAssessment();
        String taskId = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_AssessClaim")
                .singleResult().getId();
        String body = "{\"variables\":{\"lossType\":{\"value\":\"LOSS\"},\"responsibleParty\":{\"value\":\"COURIER\"},"
                + "\"actualLoss\":{\"value\":100.0,\"type\":\"Double\"},\"assessmentNote\":{\"value\":\"并发测试\"}}}";
        List<Integer> completions = parallel(20, new Hostile("parallel completion", "POST",
                "/engine-rest/task/" + taskId + "/complete", "claims-handler", "application/json", bytes(body)));

        // identical intakes with one Idempotency-Key: one case. Eight, not twenty: more than the connection
        // pool holds would test pool starvation (each waiter keeps a connection), not duplicate handling
        
        String waybill = shipment("HP");
        String complaint = "{\"waybillNo\":\"" + waybill + "\",\"channel\":\"API\",\"category\":\"DELAY\","
                + "\"customerName\":\"并发客户\",\"customerPhone\":\"13800138002\",\"description\":\"快件超过承诺时效仍未送达。\"}";
        long complaintsBefore = jdbc.queryForObject("select count(*) from complaint", Long.class);
        List<Integer> intakes = parallelWithHeader(8, new Hostile("parallel intake", "POST", "/api/v1/complaints",
                "intake-api", "application/json", bytes(complaint)), "Idempotency-Key", "parallel-" + waybill);
        long complaintsAfter = jdbc.queryForObject("select count(*) from complaint", Long.class);

        System.out.printf("%nPARALLEL DUPLICATES: task completions %s; intakes %s; complaints created %d%n",
                histogram(completions), histogram(intakes), complaintsAfter - complaintsBefore);
        assertThat(completions).filteredOn(status -> status == 204).hasSize(1);
        assertThat(completions).allMatch(status -> status == 204 || (status >= 400 && status < 500));
        assertThat(intakes).allMatch(status -> status == 200 || status == 201 || status == 409);
        assertThat(complaintsAfter - complaintsBefore).isEqualTo(1);
    }

    // ---- the generated cases --------------------------------------------------------------------------

    private List<Hostile> apiCases() {
        List<Hostile> cases = new ArrayList<>();
        cases.addAll(HostileRequests.json("complaint intake", "POST", "/api/v1/complaints", "intake-api",
                template("waybillNo", q(freshWaybill), "channel", q("API"), "category", q("DELAY"), "customerName", q("张先生"),
                        "customerPhone", q("13800138000"), "customerEmail", q("zhang@example.com"),
                        "description", q("快件超过承诺时效三天仍未送达。")),
                kinds("waybillNo", Kind.ID, "channel", Kind.ENUM, "category", Kind.ENUM, "customerName", Kind.TEXT,
                        "customerPhone", Kind.ID, "customerEmail", Kind.TEXT, "description", Kind.TEXT)));
        cases.addAll(HostileRequests.json("claim intake", "POST", "/api/v1/claims", "claims-handler",
                template("waybillNo", q(freshWaybill), "customerName", q("赵女士"), "customerPhone", q("13700001111"),
                        "customerEmail", q("zhao@example.com"), "description", q("快件丢失"), "reportedLossType", q("LOSS"),
                        "claimedAmount", "120.00", "origin", q("API")),
                kinds("waybillNo", Kind.ID, "customerName", Kind.TEXT, "customerEmail", Kind.TEXT, "description", Kind.TEXT,
                        "reportedLossType", Kind.ENUM, "claimedAmount", Kind.MONEY, "origin", Kind.ENUM)));
        cases.addAll(HostileRequests.json("claim quote", "POST", "/api/v1/claims/quote", "claims-handler",
                template("lossType", q("LOSS"), "serviceType", q("DOMESTIC"), "postage", "20.00", "insured", "true",
                        "declaredValue", "500.00", "insuranceFee", "5.00", "actualLoss", "300.00", "fullValue", "600.00",
                        "responsibleParty", q("COURIER"), "promisedAt", q(Instant.now().minus(5, ChronoUnit.DAYS).toString())),
                kinds("lossType", Kind.ENUM, "postage", Kind.MONEY, "declaredValue", Kind.MONEY, "insuranceFee", Kind.MONEY,
                        "actualLoss", Kind.MONEY, "fullValue", Kind.MONEY, "promisedAt", Kind.DATE)));
        cases.addAll(HostileRequests.json("violation registration", "POST", "/api/v1/violations", "inspector",
                template("source", q("INSPECTION"), "courierNo", q("C0002"), "type", q("RUDE"), "waybillNo", q(freshWaybill),
                        "description", q("与顾客争执"), "occurredAt", q(Instant.now().minus(1, ChronoUnit.DAYS).toString())),
                kinds("source", Kind.ENUM, "courierNo", Kind.ID, "type", Kind.ENUM, "description", Kind.TEXT,
                        "occurredAt", Kind.DATE)));
        cases.addAll(HostileRequests.json("monitoring alarm", "POST", "/api/v1/monitoring/alarms", "inspector",
                template("courierNo", q("C0003"), "type", q("SPEEDING"), "speedKmh", "95", "limitKmh", "60",
                        "at", q(Instant.now().minus(1, ChronoUnit.HOURS).toString()), "location", q("文三路")),
                kinds("courierNo", Kind.ID, "type", Kind.ENUM, "speedKmh", Kind.DECIMAL, "limitKmh", Kind.DECIMAL,
                        "at", Kind.DATE, "location", Kind.TEXT)));
        cases.addAll(HostileRequests.json("vehicle", "PUT", "/api/v1/couriers/C0004/vehicle", "inspector",
                template("plate", q("浙A12345")), kinds("plate", Kind.ID)));
        cases.addAll(HostileRequests.json("migration plan", "POST", "/api/v1/admin/migrations/plan", "admin",
                template("processDefinitionKey", q("claim-compensation"), "updateEventTriggers", "false"),
                kinds("processDefinitionKey", Kind.ID, "sourceDefinitionId", Kind.ID, "targetDefinitionId", Kind.ID)));
        for (String id : List.of("abc", "-1", "99999999999999999999", "1e10", "0x10", "999999999", "%20", "1.5")) {
            cases.add(new Hostile("notification retry " + id, "POST", "/api/v1/admin/notifications/" + id + "/retry",
                    "admin", "application/json", new byte[0]));
        }
        return cases;
    }

    private List<Hostile> engineRestCases() {
        List<Hostile> cases = new ArrayList<>();
        String complete = "/engine-rest/task/" + assessTaskId + "/complete";
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("lossType", "{\"value\":\"LOSS\"}");
        valid.put("responsibleParty", "{\"value\":\"COURIER\"}");
        valid.put("actualLoss", "{\"value\":300.0,\"type\":\"Double\"}");
        valid.put("fullValue", "{\"value\":600.0,\"type\":\"Double\"}");
        valid.put("assessmentNote", "{\"value\":\"核定\"}");
        for (String field : List.of("actualLoss", "fullValue")) {
            for (String value : HostileRequests.VALUES.get(Kind.MONEY)) {
                for (String type : new String[] {"Double", "String", null}) {
                    String variable = type == null ? "{\"value\":" + value + "}"
                            : "{\"value\":" + ("String".equals(type) ? asString(value) : value) + ",\"type\":\"" + type + "\"}";
                    cases.add(engine("complete " + field + "=" + shortName(value) + " as " + type, complete, valid, field, variable));
                }
            }
        }
        for (String value : HostileRequests.VALUES.get(Kind.ENUM)) {
            cases.add(engine("complete lossType=" + shortName(value), complete, valid, "lossType", "{\"value\":" + value + "}"));
            cases.add(engine("complete responsibleParty=" + shortName(value), complete, valid, "responsibleParty",
                    "{\"value\":" + value + "}"));
        }
        for (String value : HostileRequests.VALUES.get(Kind.TEXT)) {
            cases.add(engine("complete note=" + shortName(value), complete, valid, "assessmentNote", "{\"value\":" + value + "}"));
        }
        cases.add(new Hostile("complete with a variable twice", "POST", complete, "claims-handler", "application/json",
                bytes("{\"variables\":" + HostileRequests.object(valid).replaceFirst("\\}$",
                        ",\"actualLoss\":{\"value\":-5,\"type\":\"Double\"}}") + "}")));
        cases.addAll(HostileRequests.structural("complete", "POST", complete, "claims-handler",
                "{\"variables\":" + HostileRequests.object(valid) + "}"));
        String submit = "/engine-rest/task/" + assessTaskId + "/submit-form";
        for (String value : HostileRequests.VALUES.get(Kind.MONEY)) {
            cases.add(engine("submit-form actualLoss=" + shortName(value), submit, valid, "actualLoss", "{\"value\":" + value + "}"));
        }
        cases.addAll(HostileRequests.structural("submit-form", "POST", submit, "claims-handler",
                "{\"variables\":" + HostileRequests.object(valid) + "}"));
        for (String missing : List.of("does-not-exist", "00000000-0000-0000-0000-000000000000", "%20")) {
            cases.add(new Hostile("complete missing task " + missing, "POST", "/engine-rest/task/" + missing + "/complete",
                    "claims-handler", "application/json", bytes("{\"variables\":" + HostileRequests.object(valid) + "}")));
        }

        // values the engine itself would store: refused at the door
        List<String> refusedAtTheDoor = List.of("{\"value\":1e10000000,\"type\":\"Double\"}", "{\"value\":1e400,\"type\":\"Double\"}",
                "{\"value\":NaN,\"type\":\"Double\"}", "{\"value\":Infinity}", "{\"value\":-1e300}",
                "{\"value\":1e-10000000,\"type\":\"Double\"}", "{\"value\":" + "9".repeat(70) + ",\"type\":\"Long\"}",
                "{\"value\":\"a\\u0000b\",\"type\":\"String\"}", "{\"value\":\"\\u202Eexe.pdf\"}",
                "{\"value\":\"9999-12-31T00:00:00.000+0000\",\"type\":\"Date\"}",
                "{\"value\":\"1900-01-01T00:00:00.000+0000\",\"type\":\"Date\"}",
                "{\"value\":\"+1000000000-01-01T00:00:00.000+0000\",\"type\":\"Date\"}",
                "{\"value\":\"" + "长".repeat(4001) + "\",\"type\":\"String\"}",
                "{\"value\":1,\"value\":2}", "{\"value\":\"x\",\"type\":\"String\"");
        for (int i = 0; i < refusedAtTheDoor.size(); i++) {
            String variable = refusedAtTheDoor.get(i);
            cases.add(new Hostile("put task variable #" + i, "PUT", "/engine-rest/task/" + assessTaskId + "/variables/probe",
                    "claims-handler", "application/json", bytes(variable)));
            cases.add(new Hostile("put local task variable #" + i, "PUT",
                    "/engine-rest/task/" + assessTaskId + "/localVariables/probe", "claims-handler", "application/json",
                    bytes(variable)));
            cases.add(new Hostile("modify task variables #" + i, "POST", "/engine-rest/task/" + assessTaskId + "/variables",
                    "claims-handler", "application/json", bytes("{\"modifications\":{\"probe\":" + variable + "}}")));
            cases.add(new Hostile("modify instance variables #" + i, "POST",
                    "/engine-rest/process-instance/" + claimInstanceId + "/variables", "admin", "application/json",
                    bytes("{\"modifications\":{\"probe\":" + variable + "}}")));
            cases.add(new Hostile("start with variable #" + i, "POST",
                    "/engine-rest/process-definition/key/claim-compensation/start", "admin", "application/json",
                    bytes("{\"businessKey\":\"LP-HOSTILE\",\"variables\":{\"probe\":" + variable + "}}")));
            cases.add(new Hostile("message with variable #" + i, "POST", "/engine-rest/message", "admin", "application/json",
                    bytes("{\"messageName\":\"nothing-waits-for-this\",\"processVariables\":{\"probe\":" + variable + "}}")));
            cases.add(new Hostile("complete with variable #" + i, "POST", complete, "claims-handler", "application/json",
                    bytes("{\"variables\":{\"actualLoss\":" + variable + "}}")));
        }
        cases.add(new Hostile("engine body over the limit", "POST", complete, "claims-handler", "application/json",
                bytes("{\"variables\":{\"assessmentNote\":{\"value\":\"" + "a".repeat(1_100_000) + "\"}}}")));
        return cases;
    }

    private List<Hostile> portalCases() {
        List<Hostile> cases = new ArrayList<>();
        List<String> badText = List.of("a\u0000b", "\u202Egpj.exe", "bell\u0007", "c1\u0085", "x".repeat(100_000),
                "\u2066isolate\u2069", "line\u000Bfeed");
        Map<String, String> complaint = new LinkedHashMap<>();
        complaint.put("waybillNo", freshWaybill);
        complaint.put("category", "DELAY");
        complaint.put("customerName", "张先生");
        complaint.put("customerPhone", "13800138000");
        complaint.put("customerEmail", "zhang@example.com");
        complaint.put("description", "快件超过承诺时效三天仍未送达。");
        complaint.put("requestId", "hostile-portal");
        for (String field : complaint.keySet()) {
            for (int i = 0; i < badText.size(); i++) {
                Map<String, String> form = new LinkedHashMap<>(complaint);
                form.put(field, badText.get(i));
                if (field.equals("requestId")) {
                    form.put("requestId", badText.get(i));
                } else {
                    form.put("requestId", "hostile-" + field + "-" + i);
                }
                cases.add(form("portal complaint " + field + "#" + i, "/portal/complaints", form));
            }
        }
        cases.add(new Hostile("portal complaint without CSRF", "POST", "/portal/complaints", null,
                "application/x-www-form-urlencoded", bytes("waybillNo=" + freshWaybill + "&category=DELAY")));
        cases.add(new Hostile("portal complaint broken encoding", "POST", "/portal/complaints", null,
                "application/x-www-form-urlencoded", bytes("_csrf=" + enc(csrf) + "&waybillNo=%ZZ&description=%")));

        Map<String, String> claim = new LinkedHashMap<>();
        claim.put("waybillNo", freshWaybill);
        claim.put("customerName", "赵女士");
        claim.put("customerPhone", "13700001111");
        claim.put("customerEmail", "zhao@example.com");
        claim.put("reportedLossType", "LOSS");
        claim.put("description", "包裹丢失");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
        for (String field : claim.keySet()) {
            for (int i = 0; i < badText.size(); i++) {
                Map<String, String> form = new LinkedHashMap<>(claim);
                form.put(field, badText.get(i));
                List<Object[]> photo = new ArrayList<>();
                photo.add(new Object[] {"photo.jpg", "image/jpeg", jpeg});
                cases.add(multipartClaim("portal claim " + field + "#" + i, "/portal/claims", form, photo));
            }
        }
        List<Object[]> badFiles = List.of(
                new Object[] {"a\u0000.jpg", "image/jpeg", jpeg},
                new Object[] {"../../../etc/passwd.jpg", "image/jpeg", jpeg},
                new Object[] {"..\\..\\boot.jpg", "image/jpeg", jpeg},
                new Object[] {"photo\u202Egpj.exe", "image/jpeg", jpeg},
                new Object[] {"bell\u0007.jpg", "image/jpeg", jpeg},
                new Object[] {"virus.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 0}},
                new Object[] {"renamed.jpg", "image/jpeg", new byte[] {'M', 'Z', 0, 0}},
                new Object[] {"doc.pdf", "application/pdf", jpeg},
                new Object[] {"noextension", "image/jpeg", jpeg},
                new Object[] {".jpg", "image/jpeg", jpeg},
                new Object[] {"big.jpg", "image/jpeg", withHeader(jpeg, 6 * 1024 * 1024)},
                new Object[] {"huge.jpg", "image/jpeg", withHeader(jpeg, 13 * 1024 * 1024)});
        for (int i = 0; i < badFiles.size(); i++) {
            cases.add(multipartClaim("portal claim file#" + i, "/portal/claims", claim, List.<Object[]>of(badFiles.get(i))));
            cases.add(multipartClaim("portal evidence file#" + i, "/portal/claims/" + claimCaseNo + "/evidence?t="
                    + claimLinks.token(claimCaseNo), Map.of(), List.<Object[]>of(badFiles.get(i))));
        }
        List<Object[]> elevenFiles = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            elevenFiles.add(new Object[] {"p" + i + ".jpg", "image/jpeg", jpeg});
        }
        cases.add(multipartClaim("portal claim eleven files", "/portal/claims", claim, elevenFiles));
        List<Object[]> photo = new ArrayList<>();
        photo.add(new Object[] {"photo.jpg", "image/jpeg", jpeg});
        cases.add(multipartClaim("portal evidence bad token", "/portal/claims/" + claimCaseNo + "/evidence?t=forged",
                Map.of(), photo));
        cases.add(new Hostile("portal claim broken multipart", "POST", "/portal/claims", null, Multipart.contentType(),
                bytes("--" + Multipart.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf)));

        String claimToken = claimLinks.token(claimCaseNo);
        for (String reason : List.of("a\u0000b", "\u202E", "", "x".repeat(2001), "bell\u0007")) {
            cases.add(form("portal dispute " + shortName(reason), "/portal/claims/" + claimCaseNo + "/dispute",
                    Map.of("t", claimToken, "reason", reason)));
        }
        for (String token : List.of("forged", "", "\u0000", claimToken + "x", "x".repeat(5000))) {
            cases.add(form("portal accept token " + shortName(token), "/portal/claims/" + claimCaseNo + "/accept",
                    Map.of("t", token)));
            cases.add(form("portal dispute token " + shortName(token), "/portal/claims/" + claimCaseNo + "/dispute",
                    Map.of("t", token, "reason", "不同意")));
            cases.add(form("portal survey token " + shortName(token), "/portal/survey",
                    Map.of("token", token, "satisfaction", "5")));
            cases.add(form("portal information token " + shortName(token), "/portal/complaints/" + complaintCaseNo
                    + "/information", Map.of("token", token, "information", "补充")));
        }
        String statusToken = complaintLinks.token(complaintCaseNo, ComplaintLinks.Purpose.STATUS);
        for (String information : List.of("a\u0000b", "\u202E", "", "x".repeat(100_000), "bell\u0007", "补充信息")) {
            cases.add(form("portal information " + shortName(information), "/portal/complaints/" + complaintCaseNo
                    + "/information", Map.of("token", statusToken, "information", information)));
        }
        String surveyToken = complaintLinks.token(complaintCaseNo, ComplaintLinks.Purpose.SURVEY);
        for (String[] answer : List.of(new String[] {"6", ""}, new String[] {"0", ""}, new String[] {"-1", ""},
                new String[] {"1e100", ""}, new String[] {"5", "a\u0000b"}, new String[] {"5", "\u202E"},
                new String[] {"５", ""}, new String[] {"NaN", ""}, new String[] {"5", "x".repeat(100_000)})) {
            cases.add(form("portal survey " + shortName(answer[0] + "/" + answer[1]), "/portal/survey",
                    Map.of("token", surveyToken, "satisfaction", answer[0], "comment", answer[1])));
        }
        return cases;
    }

    private List<Hostile> importCases() {
        List<Hostile> cases = new ArrayList<>();
        String header = "waybillNo,serviceType,shippedAt,promisedAt,deliveredAt,pickupCourierNo,deliveryCourierNo,"
                + "originStationCode,destinationStationCode,postage,insured,declaredValue,insuranceFee,status\n";
        String[] valid = {"HI-IMPORT-1", "DOMESTIC", "2026-11-20T10:00:00+08:00", "2026-11-23T10:00:00+08:00", "",
                "C0001", "C0002", "S001", "S002", "12.00", "true", "500.00", "5.00", "IN_TRANSIT"};
        Map<Integer, List<String>> bad = Map.of(
                0, List.of("a\u0000b", "\u202E1", "x".repeat(300)),
                2, List.of("9999-12-31T00:00:00+08:00", "1900-01-01T00:00:00+08:00", "+1000000000-01-01T00:00:00Z", "now"),
                3, List.of("9999-12-31T00:00:00+08:00", "1e10"),
                9, List.of("-1", "1e10000000", "99999999999", "1.234", "NaN", "1e-10000000", "\u0000"),
                11, List.of("-5", "1e10000000", "1000000.01"),
                12, List.of("-0.01", "1e400"),
                13, List.of("LOST\u202E", "\u0000"));
        bad.forEach((column, values) -> values.forEach(value -> {
            String[] row = valid.clone();
            row[column] = value;
            cases.add(multipartFile("import shipments col" + column + "=" + shortName(value), "/api/v1/imports/shipments",
                    bytes(header + String.join(",", row) + "\n")));
        }));
        cases.add(multipartFile("import stations NUL name", "/api/v1/imports/stations",
                bytes("code,name,city,managerUserId,handlerGroup,franchise\nS9,a\u0000b,杭州,,complaint-handler,false\n")));
        cases.add(multipartFile("import couriers bidi name", "/api/v1/imports/couriers",
                bytes("employeeNo,name,stationCode,phone,status,userId\nC9,\u202E,S001,13800000000,ACTIVE,\n")));
        cases.add(multipartFile("import binary", "/api/v1/imports/shipments", new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE}));
        cases.add(multipartFile("import unknown kind", "/api/v1/imports/..%2Fetc", bytes(header)));
        cases.add(multipartFile("import duplicate rows", "/api/v1/imports/shipments",
                bytes(header + String.join(",", valid) + "\n" + String.join(",", valid) + "\n")));
        return cases;
    }

    private List<Hostile> queryCases() {
        List<Hostile> cases = new ArrayList<>();
        List<String> paging = List.of("page=-1", "page=99999999999", "page=1.5", "size=1e10", "size=0", "size=-5",
                "size=100000", "sort=nope", "sort=customerPhone%00", "page=%00");
        Map<String, List<String>> searches = new LinkedHashMap<>();
        searches.put("/api/v1/complaints", List.of("from=9999-99-99", "from=%00", "status=NOPE", "category=%E2%80%AE",
                "station=%00", "channel=[]", "from=2026-01-01&to=1900-01-01", "channel=%E2%80%AEAPI"));
        searches.put("/api/v1/violations", List.of("courierNo=%00", "stationCode=%E2%80%AE", "status=NOPE", "type=%00",
                "registeredFrom=9999-99-99", "registeredFrom=%00", "waybillNo=a%07b", "outcome=[]"));
        searches.put("/api/v1/claims", List.of("status=NOPE", "waybillNo=%00", "station=%E2%80%AE", "origin=NOPE",
                "registeredFrom=9999-99-99", "registeredFrom=x", "lossType=%00", "responsibleParty=[]"));
        Map<String, String> users = Map.of("/api/v1/complaints", "complaint-handler", "/api/v1/violations", "inspector",
                "/api/v1/claims", "claims-handler");
        searches.forEach((path, queries) -> {
            List<String> all = new ArrayList<>(queries);
            all.addAll(paging);
            all.forEach(query -> cases.add(new Hostile("search " + path + "?" + query, "GET", path + "?" + query,
                    users.get(path), null, new byte[0])));
        });
        for (String query : paging) {
            cases.add(new Hostile("shipments ?" + query, "GET", "/api/v1/shipments?" + query, "complaint-handler", null,
                    new byte[0]));
        }
        for (String caseNo : List.of("TS99999999999999", "%E2%80%AE", "x%0Ay", "..%2F..%2Fetc", "TS" + "9".repeat(300),
                "%00", "TS%20", "a;b")) {
            cases.add(new Hostile("public status " + caseNo, "GET", "/api/public/complaints/" + caseNo, null, null, new byte[0]));
        }
        return cases;
    }

    // ---- building requests ----------------------------------------------------------------------------

    private Hostile engine(String name, String path, Map<String, String> valid, String field, String variable) {
        Map<String, String> variables = new LinkedHashMap<>(valid);
        variables.put(field, variable);
        return new Hostile(name, "POST", path, "claims-handler", "application/json",
                bytes("{\"variables\":" + HostileRequests.object(variables) + "}"));
    }

    private Hostile form(String name, String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder("_csrf=").append(enc(csrf));
        fields.forEach((key, value) -> body.append('&').append(enc(key)).append('=').append(enc(value)));
        return new Hostile(name, "POST", path, null, "application/x-www-form-urlencoded", bytes(body.toString()));
    }

    private Hostile multipartClaim(String name, String path, Map<String, String> fields, List<Object[]> files) {
        Multipart body = new Multipart().field("_csrf", csrf);
        fields.forEach(body::field);
        files.forEach(file -> body.file("files", (String) file[0], (String) file[1], (byte[]) file[2]));
        return new Hostile(name, "POST", path, null, Multipart.contentType(), body.build());
    }

    private Hostile multipartFile(String name, String path, byte[] csv) {
        return new Hostile(name, "POST", path, "admin", Multipart.contentType(),
                new Multipart().file("file", "import.csv", "text/csv", csv).build());
    }

    private HttpRequest request(Hostile hostile) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(hostile.path())).timeout(TIMEOUT)
                .header("Accept", hostile.path().startsWith("/portal") ? "text/html, application/json"
                        : "application/json, application/problem+json")
                .method(hostile.method(), hostile.body().length == 0 && "GET".equals(hostile.method())
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(hostile.body()));
        if (hostile.contentType() != null) {
            builder.header("Content-Type", hostile.contentType());
        }
        if (hostile.user() != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((hostile.user() + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return builder.build();
    }

    /** Why the answer is not acceptable, or null when it is. */
    private String verdict(Hostile hostile, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String excerpt = body.length() > 300 ? body.substring(0, 300) + "…" : body;
        if (status < 400 || status >= 500) {
            return "answered " + status + " " + excerpt;
        }
        if (response.body().length > Math.max(200_000, 3 * hostile.body().length)) {
            return "answered " + response.body().length + " bytes";
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        boolean portalPage = hostile.path().startsWith("/portal") && type.startsWith("text/html");
        if (portalPage) {
            return null;
        }
        if (!type.contains("json")) {
            return "answered " + status + " as " + type + ": " + excerpt;
        }
        try {
            JsonNode problem = json.readTree(body);
            if (problem.path("status").asInt() != status || !problem.hasNonNull("title")) {
                return "answered " + status + " without a problem document: " + excerpt;
            }
            if (status == 400 && hostile.path().startsWith("/api/") && !problem.path("errors").path(0).hasNonNull("field")) {
                return "answered 400 without the field at fault: " + excerpt;
            }
            if (body.contains("SQL") || body.contains("\tat ")) {
                return "leaks internals: " + excerpt;
            }
        } catch (Exception e) {
            return "answered " + status + " with unreadable JSON: " + excerpt;
        }
        return null;
    }

    private List<Integer> parallel(int n, Hostile hostile) throws Exception {
        return parallelWithHeader(n, hostile, null, null);
    }

    private List<Integer> parallelWithHeader(int n, Hostile hostile, String header, String value) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                calls.add(() -> {
                    // parallel requests queue behind one another on a busy machine: this is about answers, not speed
                    HttpRequest.Builder builder = HttpRequest.newBuilder(request(hostile), (name, v) -> true)
                            .timeout(Duration.ofSeconds(120));
                    HttpRequest request = header == null ? builder.build() : builder.header(header, value).build();
                    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                });
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : pool.invokeAll(calls)) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- fixtures and helpers -------------------------------------------------------------------------

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = database() and table_type = 'BASE TABLE' order by table_name", String.class)) {
            String lower = table.toLowerCase();
            boolean domain = !lower.startsWith("act_") && !lower.startsWith("flyway");
            boolean engine = lower.startsWith("act_ru_") || lower.startsWith("act_hi_");
            if (domain || engine) {
                counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
            }
        }
        return counts;
    }

    private String newClaimAtAssessment() {
        String caseNo = claims.register(new NewClaim(ClaimOrigin.API, null, shipment("HQ"),
                new CustomerContact("并发客户", "13800138003", "c@example.com"), "包裹丢失", LossType.LOSS, null)).getCaseNo();
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_CollectEvidence")
                .singleResult().getId(), Map.of("evidenceComplete", true));
        return instance;
    }

    private String shipment(String prefix) {
        String waybill = prefix + System.nanoTime() % 10_000_000_000L;
        Instant shipped = Instant.now().minus(10, ChronoUnit.DAYS);
        shipments.save(new Shipment(new ShipmentSnapshot(waybill, ServiceType.DOMESTIC, shipped, shipped.plus(3, ChronoUnit.DAYS),
                null, "C0001", "C0001", "S001", "S002", new java.math.BigDecimal("20.00"), false, null, null,
                ShipmentStatus.EXCEPTION)));
        return waybill;
    }

    private static byte[] withHeader(byte[] header, int size) {
        byte[] content = new byte[size];
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    private static Map<String, String> template(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static Map<String, Kind> kinds(Object... pairs) {
        Map<String, Kind> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Kind) pairs[i + 1]);
        }
        return map;
    }

    private static String q(String text) {
        return "\"" + text + "\"";
    }

    private static String asString(String rawJson) {
        return rawJson.startsWith("\"") ? rawJson : "\"" + rawJson.replace("\"", "\\\"") + "\"";
    }

    private static String shortName(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 20 ? printable.substring(0, 20) + "…(" + value.length() + ")" : printable;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String histogram(List<Integer> statuses) {
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        statuses.forEach(status -> counts.merge(status, 1, Integer::sum));
        return counts.toString();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
