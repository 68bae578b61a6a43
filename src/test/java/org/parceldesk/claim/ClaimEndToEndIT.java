package org.parceldesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A lost, uninsured parcel from quote to payment over real HTTP on MariaDB, as the people would do it:
 * the claims handler quotes and files the claim and works the tasks through the engine REST API, the
 * supervisor approves seeing the breakdown, the customer accepts in the portal, and the payment is made.
 */
@MariaDbTest
class ClaimEndToEndIT {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired ShipmentRepository shipments;
    @Autowired org.camunda.bpm.engine.ManagementService management;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void lostUninsuredParcelFromQuoteToPayment() throws Exception {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, Instant.now(), 12, "80.00", null);
        TestRestTemplate handler = http.withBasicAuth("claims-handler", "demo");
        TestRestTemplate supervisor = http.withBasicAuth("claims-supervisor", "demo");

        // quote: postage 80 + min(500, 3 × 80) = 320
        JsonNode quote = body(handler.postForEntity("/api/v1/claims/quote", jsonEntity(Map.of("waybillNo", parcel.waybillNo(),
                "lossType", "LOSS", "responsibleParty", "COURIER", "actualLoss", 500)), String.class), HttpStatus.OK);
        assertThat(quote.get("payout").decimalValue()).isEqualByComparingTo("320.00");
        assertThat(quote.get("ruleCode").asText()).isEqualTo("LOSS_UNINSURED");

        JsonNode created = body(handler.postForEntity("/api/v1/claims", jsonEntity(Map.of("waybillNo", parcel.waybillNo(),
                "customerName", "赵女士", "customerPhone", "13700001111", "customerEmail", "zhao@example.com",
                "description", "快件丢失", "reportedLossType", "LOSS")), String.class), HttpStatus.CREATED);
        String caseNo = created.get("caseNo").asText();
        assertThat(caseNo).startsWith("LP");
        ResponseEntity<String> again = handler.postForEntity("/api/v1/claims", jsonEntity(Map.of("waybillNo", parcel.waybillNo(),
                "customerName", "赵女士", "customerPhone", "13700001111")), String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(again.getBody()).get("existingCaseNo").asText()).isEqualTo(caseNo);

        completeTask(handler, caseNo, "Task_CollectEvidence", Map.of("evidenceComplete", Map.of("value", true)));
        completeTask(handler, caseNo, "Task_AssessClaim", Map.of(
                "lossType", Map.of("value", "LOSS"), "responsibleParty", Map.of("value", "COURIER"),
                "actualLoss", Map.of("value", 500.0, "type", "Double"), "assessmentNote", Map.of("value", "物流轨迹显示丢失")));

        assertThat(findTask(handler, caseNo, "Task_ApprovePayout")).as("the handler's groups do not approve").isNull();
        JsonNode approval = findTask(supervisor, caseNo, "Task_ApprovePayout");
        assertThat(approval).as("supervisor's approval task").isNotNull();
        JsonNode variables = body(supervisor.exchange("/engine-rest/task/" + approval.get("id").asText() + "/variables",
                HttpMethod.GET, new HttpEntity<>(acceptJson()), String.class), HttpStatus.OK);
        assertThat(variables.at("/payoutAmount/value").asText()).isEqualTo("320.00");
        assertThat(variables.at("/payoutRuleCode/value").asText()).isEqualTo("LOSS_UNINSURED");
        assertThat(variables.at("/payoutBreakdown/value").asText())
                .contains("退还运费 Postage refund：80.00 元").contains("未保价赔偿（以运费的 3 倍为限）").contains("240.00 元");
        JsonNode form = body(supervisor.exchange("/engine-rest/task/" + approval.get("id").asText() + "/form",
                HttpMethod.GET, new HttpEntity<>(acceptJson()), String.class), HttpStatus.OK);
        assertThat(form.toString()).contains("claim-compensation-approve-payout");
        completeTask(supervisor, caseNo, "Task_ApprovePayout", Map.of("supervisorDecision", Map.of("value", "APPROVE")));

        acceptInPortal(caseNo);

        // The job executor is off in tests: run the asynchronous payment step as the executor would.
        org.camunda.bpm.engine.runtime.Job payment = management.createJobQuery()
                .processInstanceId(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId())
                .activityId("Task_RecordPayment").singleResult();
        assertThat(payment).as("payment job").isNotNull();
        management.executeJob(payment.getId());
        org.camunda.bpm.engine.runtime.Job recovery = management.createJobQuery()
                .processInstanceId(payment.getProcessInstanceId()).activityId("Task_StartRecovery").singleResult();
        assertThat(recovery).as("recovery runs after the payment's commit, as a job of its own").isNotNull();
        management.executeJob(recovery.getId());

        JsonNode claim = body(handler.exchange("/api/v1/claims/" + caseNo, HttpMethod.GET, new HttpEntity<>(acceptJson()),
                String.class), HttpStatus.OK);
        assertThat(claim.get("status").asText()).isEqualTo("SETTLED");
        assertThat(claim.at("/payment/amount").decimalValue()).isEqualByComparingTo("320.00");
        assertThat(claim.at("/payment/reference").asText()).isEqualTo("PAY-" + caseNo);
        assertThat(claim.at("/payout/lines/0/label").asText()).isEqualTo("退还运费 Postage refund");
        assertThat(claim.at("/approvals/0/approver").asText()).isEqualTo("claims-supervisor");
        assertThat(claim.at("/assessment/assessedBy").asText()).isEqualTo("claims-handler");
        assertThat(claim.at("/chargeback/stationCode").asText()).isEqualTo(ClaimFixtures.COURIER_STATION);
        assertThat(claim.at("/chargeback/amount").decimalValue()).isEqualByComparingTo("320.00");
        // the linked violation came through the event publication registry on MariaDB (V240), completed
        assertThat(claim.get("violationCaseNo").asText()).startsWith("WG");
        assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is null"
                + " and serialized_event like ?", Long.class, "%\"" + caseNo + "\"%")).isZero();
    }

    private void acceptInPortal(String caseNo) throws Exception {
        String link = "/portal/claims/" + caseNo + "?t=" + token(caseNo);
        ResponseEntity<String> page = http.getForEntity(link, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("320.00 元").contains("id=\"accept-offer\"");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getBody());
        assertThat(csrf.find()).as("CSRF token on the page").isTrue();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (cookies != null) {
            headers.put(HttpHeaders.COOKIE, cookies.stream().map(cookie -> cookie.split(";", 2)[0]).toList());
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("_csrf", csrf.group(1));
        form.add("t", token(caseNo));
        ResponseEntity<String> accepted = http.postForEntity("/portal/claims/" + caseNo + "/accept",
                new HttpEntity<>(form, headers), String.class);
        // the client follows the redirect back to the claim page
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(accepted.getBody()).contains("id=\"accepted-notice\"").doesNotContain("id=\"accept-offer\"");
    }

    @Autowired ClaimLinks links;

    private String token(String caseNo) {
        return links.token(caseNo);
    }

    private JsonNode findTask(TestRestTemplate user, String caseNo, String taskKey) throws Exception {
        JsonNode tasks = body(user.exchange("/engine-rest/task?processInstanceBusinessKey=" + caseNo
                + "&taskDefinitionKey=" + taskKey, HttpMethod.GET, new HttpEntity<>(acceptJson()), String.class), HttpStatus.OK);
        return tasks.isEmpty() ? null : tasks.get(0);
    }

    private void completeTask(TestRestTemplate user, String caseNo, String taskKey, Map<String, Object> variables)
            throws Exception {
        JsonNode task = findTask(user, caseNo, taskKey);
        assertThat(task).as(taskKey + " visible to the user").isNotNull();
        ResponseEntity<String> completed = user.postForEntity("/engine-rest/task/" + task.get("id").asText() + "/complete",
                jsonEntity(Map.of("variables", variables)), String.class);
        assertThat(completed.getStatusCode()).as(taskKey + ": " + completed.getBody()).isIn(HttpStatus.NO_CONTENT, HttpStatus.OK);
    }

    private JsonNode body(ResponseEntity<String> response, HttpStatus expected) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
        return json.readTree(response.getBody());
    }

    private HttpEntity<String> jsonEntity(Object body) throws Exception {
        HttpHeaders headers = acceptJson();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(json.writeValueAsString(body), headers);
    }

    private static HttpHeaders acceptJson() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }
}
