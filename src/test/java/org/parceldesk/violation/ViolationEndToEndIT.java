package org.parceldesk.violation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The "done when", over real HTTP on MariaDB with the demo users: an inspector registers a
 * FALSE_DELIVERY finding of a complaint against courier C0001 (user {@code courier}); the courier
 * gives a statement in the engine's task API as Tasklist does; the inspector upholds it; the station
 * manager of S001 approves; the courier appeals; the deciding inspector is refused the appeal review
 * and a second inspector reduces the penalty; the courier's ledger shows the outcome.
 */
@MariaDbTest
class ViolationEndToEndIT {

    private static final String DEMO = "demo";
    /** Delivered by C0001 on time according to the demo data: a "signed but not delivered" finding. */
    private static final String WAYBILL = "PD2026000177";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void aFalseDeliveryFindingGoesThroughStatementDecisionApprovalAndAppealToTheLedger() throws Exception {
        // the demo's second inspector: an appeal goes to someone other than the decider
        String secondInspector = "inspector2";

        // the inspector registers what the complaint found
        ResponseEntity<String> registered = http.withBasicAuth("inspector", DEMO).postForEntity("/api/v1/violations",
                jsonBody(Map.of("source", "COMPLAINT", "sourceCaseNo", "TS20260101000001", "courierNo", "C0001",
                        "type", "FALSE_DELIVERY", "waybillNo", WAYBILL,
                        "description", "客户投诉未收到快件,系统显示已签收")), String.class);
        assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.CREATED);
        String caseNo = json.readTree(registered.getBody()).get("caseNo").asText();
        assertThat(caseNo).startsWith("WG");
        ResponseEntity<String> again = http.withBasicAuth("inspector", DEMO).postForEntity("/api/v1/violations",
                jsonBody(Map.of("source", "COMPLAINT", "sourceCaseNo", "TS20260101000001", "courierNo", "C0001",
                        "type", "FALSE_DELIVERY", "waybillNo", WAYBILL, "description", "重复登记")), String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(again.getBody()).get("existingCaseNo").asText()).isEqualTo(caseNo);

        // the courier finds the statement task and its form, and answers
        JsonNode statement = onlyTask("courier", caseNo);
        assertThat(statement.get("taskDefinitionKey").asText()).isEqualTo("Task_CourierStatement");
        ResponseEntity<String> form = http.withBasicAuth("courier", DEMO)
                .exchange("/engine-rest/task/" + statement.get("id").asText() + "/deployed-form", HttpMethod.GET,
                        new HttpEntity<>(acceptJson()), String.class);
        assertThat(form.getStatusCode()).as(form.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(form.getBody()).get("id").asText()).isEqualTo("courier-violation-statement");
        assertThat(tasks("claims-handler", caseNo)).isEmpty();
        submit("courier", statement, Map.of("statementText", "当天已送到门口,客户电话未接通"));

        // the inspector upholds it
        JsonNode review = onlyTask("inspector", caseNo);
        assertThat(review.get("taskDefinitionKey").asText()).isEqualTo("Task_ReviewDecide");
        claim("inspector", review);
        submit("inspector", review, Map.of("decision", "UPHELD", "severity", "MODERATE",
                "decisionReason", "签收时间与轨迹不符,客户未收到"));

        // the station manager of S001 approves (a complaint supervisor too when the penalty is above the limits)
        JsonNode approval = onlyTask("station-manager", caseNo);
        assertThat(approval.get("taskDefinitionKey").asText()).isEqualTo("Task_StationApproval");
        submit("station-manager", approval, Map.of("stationApproval", "APPROVED", "approvalComment", "同意"));
        List<JsonNode> supervisor = tasks("complaint-supervisor", caseNo);
        if (!supervisor.isEmpty()) {
            submit("complaint-supervisor", supervisor.get(0), Map.of("supervisorApproval", "APPROVED"));
        }
        JsonNode decided = caseView("courier", caseNo);
        assertThat(decided.get("status").asText()).isEqualTo("APPEAL_OPEN");
        assertThat(decided.get("penalty").get("points").asInt()).isEqualTo(3);

        // the courier appeals
        JsonNode appeal = onlyTask("courier", caseNo);
        assertThat(appeal.get("taskDefinitionKey").asText()).isEqualTo("Task_Appeal");
        submit("courier", appeal, Map.of("appealChoice", "APPEAL", "appealText", "有门口监控录像,可证明已送达"));

        // the decider may not review the appeal; another inspector reduces the penalty
        JsonNode appealReview = onlyTask(secondInspector, caseNo);
        assertThat(appealReview.get("taskDefinitionKey").asText()).isEqualTo("Task_ReviewAppeal");
        ResponseEntity<String> refused = http.withBasicAuth("inspector", DEMO).postForEntity(
                "/engine-rest/task/" + appealReview.get("id").asText() + "/claim",
                jsonBody(Map.of("userId", "inspector")), String.class);
        assertThat(refused.getStatusCode().is2xxSuccessful()).as(refused.getBody()).isFalse();
        assertThat(refused.getBody()).contains("裁定人不得复核本人裁定的申诉");
        claim(secondInspector, appealReview);
        submit(secondInspector, appealReview, Map.of("appealOutcome", "REDUCED", "reducedSeverity", "MINOR",
                "appealReason", "监控显示快件放在门口,未当面签收,情节较轻"));

        // the outcome is on the case and on the courier's ledger
        JsonNode closed = caseView("courier", caseNo);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("outcome").asText()).isEqualTo("REDUCED");
        assertThat(closed.get("appeal").get("reviewer").asText()).isEqualTo(secondInspector);
        assertThat(closed.get("penalty").get("points").asInt()).isEqualTo(1);
        ResponseEntity<String> ledger = http.withBasicAuth("courier", DEMO)
                .getForEntity("/api/v1/couriers/C0001/ledger", String.class);
        assertThat(ledger.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode entry = null;
        for (JsonNode candidate : json.readTree(ledger.getBody()).get("entries")) {
            if (candidate.get("caseNo").asText().equals(caseNo)) {
                entry = candidate;
            }
        }
        assertThat(entry).as("ledger entry of " + caseNo).isNotNull();
        assertThat(entry.get("outcome").asText()).isEqualTo("REDUCED");
        assertThat(entry.get("points").asInt()).isEqualTo(1);
        assertThat(entry.get("countsNow").asBoolean()).isTrue();
        assertThat(http.withBasicAuth("courier", DEMO).getForEntity("/api/v1/couriers/C0002/ledger", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private List<JsonNode> tasks(String user, String caseNo) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, DEMO).exchange(
                "/engine-rest/task?processInstanceBusinessKey=" + caseNo, HttpMethod.GET,
                new HttpEntity<>(acceptJson()), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        List<JsonNode> tasks = new java.util.ArrayList<>();
        json.readTree(response.getBody()).forEach(tasks::add);
        return tasks;
    }

    private JsonNode onlyTask(String user, String caseNo) throws Exception {
        List<JsonNode> tasks = tasks(user, caseNo);
        assertThat(tasks).as("tasks of " + user).hasSize(1);
        return tasks.get(0);
    }

    private void claim(String user, JsonNode task) {
        ResponseEntity<String> response = http.withBasicAuth(user, DEMO).postForEntity(
                "/engine-rest/task/" + task.get("id").asText() + "/claim", jsonBody(Map.of("userId", user)), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** As Tasklist submits a Camunda Form. */
    private void submit(String user, JsonNode task, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        ResponseEntity<String> response = http.withBasicAuth(user, DEMO).postForEntity(
                "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
                jsonBody(Map.of("variables", variables)), String.class);
        assertThat(response.getStatusCode()).as(user + " " + task.get("taskDefinitionKey") + ": " + response.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private JsonNode caseView(String user, String caseNo) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, DEMO)
                .getForEntity("/api/v1/violations/" + caseNo, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private HttpEntity<String> jsonBody(Object body) {
        HttpHeaders headers = acceptJson();
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            return new HttpEntity<>(json.writeValueAsString(body), headers);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpHeaders acceptJson() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }
}
