package org.parceldesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parceldesk.workflow.EngineRestClient.typed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parceldesk.shipment.Shipment;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.shipment.ShipmentStatus;
import org.parceldesk.shipment.ServiceType;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The attacks of a hostile insider on the workflow, replayed through engine REST with the demo users
 * on MariaDB. Each must be refused with a 4xx and leave the cases exactly as they were: case rows
 * (as the ParcelDesk API shows them), process variables and open tasks.
 */
@MariaDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowIntegrityIT {

    private static final AtomicLong WAYBILLS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired ShipmentRepository shipments;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;

    EngineRestClient rest;
    /** An 8 020 CNY claim waiting for the supervisor: it needs the manager's approval too. */
    String bigClaim;
    String complaintA;
    String complaintB;
    /** A violation waiting for the station manager's approval. */
    String violation;

    @BeforeAll
    void openCases() {
        rest = new EngineRestClient(http, json);
        bigClaim = claimAwaitingApproval("8000", "10000", "COURIER");
        complaintA = complaint();
        complaintB = complaint();
        violation = violationAwaitingStationApproval();
    }

    @AfterAll
    void removeTestUser() {
        if (identity.createUserQuery().userId("dual-approver").count() > 0) {
            identity.deleteUser("dual-approver");
        }
    }

    /** One attack: who sends what, and the status the refusal must have. */
    record Attack(String name, String user, HttpMethod method, Function<WorkflowIntegrityIT, String> path,
            Function<WorkflowIntegrityIT, Object> body, HttpStatus refusal, Function<WorkflowIntegrityIT, List<String>> cases) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Attack> attacks() {
        Function<WorkflowIntegrityIT, List<String>> claim = t -> List.of(t.bigClaim);
        return Stream.of(
                new Attack("supervisor skips the manager: approvalLevel with the completion", "claims-supervisor",
                        HttpMethod.POST, t -> t.taskPath("claims-supervisor", t.bigClaim, "Task_ApprovePayout", "/complete"),
                        t -> Map.of("variables", typed(Map.of("supervisorDecision", "APPROVE", "approvalLevel", "SUPERVISOR"))),
                        HttpStatus.BAD_REQUEST, claim),
                new Attack("approvalLevel through submit-form", "claims-supervisor", HttpMethod.POST,
                        t -> t.taskPath("claims-supervisor", t.bigClaim, "Task_ApprovePayout", "/submit-form"),
                        t -> Map.of("variables", typed(Map.of("supervisorDecision", "APPROVE", "approvalLevel", "AUTO"))),
                        HttpStatus.BAD_REQUEST, claim),
                new Attack("approvalLevel as a task variable", "claims-supervisor", HttpMethod.PUT,
                        t -> t.taskPath("claims-supervisor", t.bigClaim, "Task_ApprovePayout", "/variables/approvalLevel"),
                        t -> Map.of("value", "SUPERVISOR"), HttpStatus.BAD_REQUEST, claim),
                new Attack("approvalLevel as a local task variable", "claims-supervisor", HttpMethod.PUT,
                        t -> t.taskPath("claims-supervisor", t.bigClaim, "Task_ApprovePayout", "/localVariables/approvalLevel"),
                        t -> Map.of("value", "SUPERVISOR"), HttpStatus.BAD_REQUEST, claim),
                new Attack("the case number changed through task variable modifications", "claims-supervisor", HttpMethod.POST,
                        t -> t.taskPath("claims-supervisor", t.bigClaim, "Task_ApprovePayout", "/variables"),
                        t -> Map.of("modifications", typed(Map.of("caseNo", t.complaintA))), HttpStatus.BAD_REQUEST, claim),
                new Attack("an engine-owned variable deleted", "claims-supervisor", HttpMethod.DELETE,
                        t -> t.taskPath("claims-supervisor", t.bigClaim, "Task_ApprovePayout", "/variables/approvalLevel"),
                        t -> null, HttpStatus.BAD_REQUEST, claim),
                new Attack("process variables written directly", "claims-supervisor", HttpMethod.POST,
                        t -> "/engine-rest/process-instance/" + t.instanceId(t.bigClaim) + "/variables",
                        t -> Map.of("modifications", typed(Map.of("approvalLevel", "AUTO"))), HttpStatus.FORBIDDEN, claim),
                new Attack("admin (in no claims group) approves", "admin", HttpMethod.POST,
                        t -> t.taskPath("admin", t.bigClaim, "Task_ApprovePayout", "/complete"),
                        t -> Map.of("variables", typed(Map.of("supervisorDecision", "APPROVE"))), HttpStatus.FORBIDDEN, claim),
                new Attack("a handler points a task at another case", "complaint-handler", HttpMethod.POST,
                        t -> t.taskPath("complaint-handler", t.complaintA, "Task_ContactCustomer", "/complete"),
                        t -> Map.of("variables", typed(Map.of("contactNote", "已联系", "caseNo", t.complaintB))),
                        HttpStatus.BAD_REQUEST, t -> List.of(t.complaintA, t.complaintB)),
                new Attack("a handler sets the routing groups", "complaint-handler", HttpMethod.POST,
                        t -> t.taskPath("complaint-handler", t.complaintA, "Task_ContactCustomer", "/complete"),
                        t -> Map.of("variables", typed(Map.of("contactNote", "已联系", "handlerGroups", "courier"))),
                        HttpStatus.BAD_REQUEST, t -> List.of(t.complaintA)),
                new Attack("a message correlated into a case", "complaint-handler", HttpMethod.POST, t -> "/engine-rest/message",
                        t -> Map.of("messageName", "CustomerInfoReceived", "businessKey", t.complaintA,
                                "processVariables", typed(Map.of("customerInfoSource", "PORTAL"))),
                        HttpStatus.FORBIDDEN, t -> List.of(t.complaintA)),
                new Attack("the station manager waives the supervisor", "station-manager", HttpMethod.POST,
                        t -> t.taskPath("station-manager", t.violation, "Task_StationApproval", "/submit-form"),
                        t -> Map.of("variables", typed(Map.of("stationApproval", "APPROVED", "approvalComment", "同意",
                                "needsSupervisorApproval", false))),
                        HttpStatus.BAD_REQUEST, t -> List.of(t.violation)),
                new Attack("the station manager rewrites the penalty", "station-manager", HttpMethod.POST,
                        t -> t.taskPath("station-manager", t.violation, "Task_StationApproval", "/complete"),
                        t -> Map.of("variables", typed(Map.of("stationApproval", "APPROVED", "penaltyMeasure", "WARNING"))),
                        HttpStatus.BAD_REQUEST, t -> List.of(t.violation)),
                new Attack("a complaint started behind the intake's back", "admin", HttpMethod.POST,
                        t -> "/engine-rest/process-definition/key/complaint/start",
                        t -> Map.of("businessKey", t.complaintA, "variables", typed(Map.of("caseNo", t.complaintA))),
                        HttpStatus.BAD_REQUEST, t -> List.of(t.complaintA)),
                new Attack("a claim started through its start form", "claims-handler", HttpMethod.POST,
                        t -> "/engine-rest/process-definition/key/claim-compensation/submit-form",
                        t -> Map.of("businessKey", t.bigClaim, "variables", typed(Map.of("caseNo", t.bigClaim))),
                        HttpStatus.BAD_REQUEST, claim));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void isRefusedAndChangesNothing(Attack attack) {
        List<String> cases = attack.cases().apply(this);
        Map<String, String> before = snapshot(cases);

        ResponseEntity<String> response = rest.call(attack.user(), attack.method(), attack.path().apply(this),
                attack.body().apply(this));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(attack.refusal());
        assertThat(response.getBody()).as("a reason, not a stack trace").doesNotContain("at org.camunda");
        assertThat(snapshot(cases)).isEqualTo(before);
    }

    @Test
    void theRefusalNamesTheVariable() {
        ResponseEntity<String> response = rest.call("claims-supervisor", HttpMethod.POST,
                taskPath("claims-supervisor", bigClaim, "Task_ApprovePayout", "/complete"),
                Map.of("variables", typed(Map.of("supervisorDecision", "APPROVE", "approvalLevel", "SUPERVISOR"))));
        assertThat(response.getBody()).contains("approvalLevel").contains("supervisorDecision, supervisorNote");
    }

    @Test
    void oneUserInBothClaimsGroupsCannotSignBothLevels() {
        String caseNo = claimAwaitingApproval("5000", "9000", "COURIER");
        User dual = identity.newUser("dual-approver");
        dual.setPassword("demo");
        identity.saveUser(dual);
        identity.createMembership("dual-approver", "claims-supervisor");
        identity.createMembership("dual-approver", "claims-manager");

        rest.submit("dual-approver", caseNo, "Task_ApprovePayout", Map.of("supervisorDecision", "APPROVE"));
        Map<String, String> before = snapshot(List.of(caseNo));
        ResponseEntity<String> second = rest.call("dual-approver", HttpMethod.POST,
                taskPath("dual-approver", caseNo, "Task_ApprovePayoutManager", "/submit-form"),
                Map.of("variables", typed(Map.of("managerDecision", "APPROVE"))));

        assertThat(second.getStatusCode()).as(second.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(snapshot(List.of(caseNo))).isEqualTo(before);
        // another manager may sign: the case moves on to the offer
        rest.submit("claims-manager", caseNo, "Task_ApprovePayoutManager", Map.of("managerDecision", "APPROVE"));
        assertThat(claimView(caseNo).get("status").asText()).isEqualTo("OFFERED");
    }

    @Test
    void aFullRefusalNeedsTheSupervisor() {
        // the customer's own fault: nothing is paid, but nobody refuses a claim alone
        String caseNo = claimAwaitingApproval("300", null, "CUSTOMER");
        JsonNode claim = claimView(caseNo);
        assertThat(claim.at("/payout/payout").decimalValue()).isZero();
        assertThat(claim.get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(claim.get("approvalLevel").asText()).isEqualTo("SUPERVISOR");
        assertThat(rest.task("claims-supervisor", caseNo, "Task_ApprovePayout")).isNotNull();
    }

    // --- fixtures -------------------------------------------------------------------------------------------------

    private String claimAwaitingApproval(String actualLoss, String declaredValue, String responsibleParty) {
        ShipmentSnapshot parcel = lostParcel(declaredValue);
        JsonNode created = rest.ok(rest.call("claims-handler", HttpMethod.POST, "/api/v1/claims", Map.of(
                "waybillNo", parcel.waybillNo(), "customerName", "钱先生", "customerPhone", "13700002222",
                "description", "快件丢失", "reportedLossType", "LOSS")), HttpStatus.CREATED);
        String caseNo = created.get("caseNo").asText();
        rest.submit("claims-handler", caseNo, "Task_CollectEvidence", Map.of("evidenceComplete", true));
        rest.submit("claims-handler", caseNo, "Task_AssessClaim", Map.of("lossType", "LOSS",
                "responsibleParty", responsibleParty, "actualLoss", Double.valueOf(actualLoss), "assessmentNote", "轨迹中断"));
        return caseNo;
    }

    private ShipmentSnapshot lostParcel(String declaredValue) {
        Instant shipped = Instant.now().minus(Duration.ofDays(10));
        boolean insured = declaredValue != null;
        ShipmentSnapshot snapshot = new ShipmentSnapshot("WIT" + WAYBILLS.incrementAndGet(), ServiceType.DOMESTIC, shipped,
                shipped.plus(Duration.ofDays(3)), null, "C0001", "C0001", "S001", "S003", new BigDecimal("20.00"), insured,
                insured ? new BigDecimal(declaredValue) : null, insured ? new BigDecimal("5.00") : null,
                ShipmentStatus.EXCEPTION);
        shipments.save(new Shipment(snapshot));
        return snapshot;
    }

    private String complaint() {
        ShipmentSnapshot parcel = lostParcel(null);
        JsonNode filed = rest.ok(rest.call("complaint-handler", HttpMethod.POST, "/api/v1/complaints", Map.of(
                "waybillNo", parcel.waybillNo(), "channel", "PHONE", "category", "DELAY", "customerName", "孙女士",
                "customerPhone", "13910009999", "description", "快件超过承诺时效仍未送达，请尽快处理。")), HttpStatus.CREATED);
        return filed.get("caseNo").asText();
    }

    private String violationAwaitingStationApproval() {
        ShipmentSnapshot parcel = lostParcel(null);
        JsonNode registered = rest.ok(rest.call("inspector", HttpMethod.POST, "/api/v1/violations", Map.of(
                "source", "INSPECTION", "courierNo", "C0001", "type", "FALSE_DELIVERY", "waybillNo", parcel.waybillNo(),
                "description", "抽查发现虚假签收")), HttpStatus.CREATED);
        String caseNo = registered.get("caseNo").asText();
        rest.submit("courier", caseNo, "Task_CourierStatement", Map.of("statementText", "当天已送到门口"));
        String review = rest.taskId("inspector", caseNo, "Task_ReviewDecide");
        rest.ok(rest.call("inspector", HttpMethod.POST, "/engine-rest/task/" + review + "/claim", Map.of("userId", "inspector")),
                HttpStatus.NO_CONTENT);
        rest.submit("inspector", caseNo, "Task_ReviewDecide", Map.of("decision", "UPHELD", "severity", "SEVERE",
                "decisionReason", "签收时间与轨迹不符"));
        return caseNo;
    }

    // --- what "nothing changed" means ------------------------------------------------------------------------------

    private Map<String, String> snapshot(List<String> caseNos) {
        Map<String, String> state = new TreeMap<>();
        for (String caseNo : caseNos) {
            state.put(caseNo + " case", caseView(caseNo).toString());
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).list()) {
                state.put(caseNo + " variables " + instance.getId(), new TreeMap<>(runtime.getVariables(instance.getId())).toString());
                state.put(caseNo + " tasks " + instance.getId(), tasks.createTaskQuery().processInstanceId(instance.getId())
                        .list().stream().map(task -> task.getTaskDefinitionKey() + ":" + task.getId() + ":" + task.getAssignee())
                        .sorted().toList().toString());
            }
        }
        return state;
    }

    private JsonNode caseView(String caseNo) {
        String path = switch (caseNo.substring(0, 2)) {
            case "LP" -> "/api/v1/claims/";
            case "TS" -> "/api/v1/complaints/";
            default -> "/api/v1/violations/";
        };
        return rest.ok(rest.call("admin", HttpMethod.GET, path + caseNo, null), HttpStatus.OK);
    }

    private JsonNode claimView(String caseNo) {
        return caseView(caseNo);
    }

    String taskPath(String user, String caseNo, String taskKey, String action) {
        return "/engine-rest/task/" + rest.taskId(user, caseNo, taskKey) + action;
    }

    String instanceId(String caseNo) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
    }
}
