package org.parceldesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parceldesk.shipment.Shipment;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Engine REST as a hostile insider would use it, over real HTTP on MariaDB with the demo users:
 * the process designer against a running complaint, deleting deployments, migrating with variables,
 * reading another process's history, and one station's manager reaching for another station's case.
 * Every refusal is checked together with "nothing changed".
 */
@MariaDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRestMisuseIT {

    private static final String DEMO = "demo";
    private static final String DESIGNER = "process-designer";
    /** A private free text with a phone number in it: it must never reach history. */
    private static final String STATEMENT = "当天在外派送,客户电话 13900001111 未接通,已放门卫";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    RepositoryService repository;
    @Autowired
    ShipmentRepository shipments;

    /** A running complaint, filed over the API: the designer's target. */
    private String complaintCaseNo;
    private ProcessInstance complaint;

    @BeforeAll
    void fileAComplaint() throws Exception {
        complaintCaseNo = fileComplaint(anyWaybillOf("S001"));
        complaint = runtime.createProcessInstanceQuery().processInstanceBusinessKey(complaintCaseNo).singleResult();
        assertThat(complaint).isNotNull();
    }

    // --- A: the process designer has nothing on instances, tasks, variables or history ---

    Stream<Arguments> designerAttacks() {
        return Stream.of(
                Arguments.of("delete the process instance", HttpMethod.DELETE, "/process-instance/{pi}", null),
                Arguments.of("delete it as a batch", HttpMethod.POST, "/process-instance/delete",
                        Map.of("processInstanceIds", List.of("{pi}"), "deleteReason", "x")),
                Arguments.of("retarget the case number", HttpMethod.PUT, "/process-instance/{pi}/variables/caseNo",
                        Map.of("value", "TS20990101000001", "type", "String")),
                Arguments.of("modify variables", HttpMethod.POST, "/process-instance/{pi}/variables",
                        Map.of("modifications", Map.of("taskPriority", Map.of("value", 1, "type", "Integer")))),
                Arguments.of("move the token", HttpMethod.POST, "/process-instance/{pi}/modification",
                        Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
                                "activityId", "Task_ReplyToCustomer")))),
                Arguments.of("suspend the instance", HttpMethod.PUT, "/process-instance/{pi}/suspended",
                        Map.of("suspended", true)),
                Arguments.of("complete the task", HttpMethod.POST, "/task/{task}/complete", Map.of()),
                Arguments.of("submit the task's form", HttpMethod.POST, "/task/{task}/submit-form",
                        Map.of("variables", Map.of("contactResult", Map.of("value", "REACHED")))),
                Arguments.of("claim the task", HttpMethod.POST, "/task/{task}/claim", Map.of("userId", DESIGNER)),
                Arguments.of("write a task variable", HttpMethod.PUT, "/task/{task}/variables/caseNo",
                        Map.of("value", "TS20990101000001", "type", "String")),
                Arguments.of("delete the history", HttpMethod.DELETE, "/history/process-instance/{pi}", null),
                Arguments.of("delete the history as a batch", HttpMethod.POST, "/history/process-instance/delete",
                        Map.of("historicProcessInstanceIds", List.of("{pi}"), "deleteReason", "x")),
                Arguments.of("delete the complaint deployment with cascade", HttpMethod.DELETE,
                        "/deployment/{deployment}?cascade=true", null),
                Arguments.of("delete the complaint deployment", HttpMethod.DELETE, "/deployment/{deployment}", null));
    }

    @ParameterizedTest(name = "process-designer may not {0}")
    @MethodSource("designerAttacks")
    void theDesignerIsRefusedAndNothingChanges(String attack, HttpMethod method, String path, Object body) {
        Snapshot before = snapshot();

        ResponseEntity<String> answer = call(DESIGNER, method, resolve(path, before), resolveBody(body, before));

        assertThat(answer.getStatusCode().is4xxClientError()).as(attack + ": " + answer.getBody()).isTrue();
        assertThat(answer.getStatusCode().value()).as(attack).isIn(400, 403, 404);
        assertThat(snapshot()).as("nothing changed after: " + attack).isEqualTo(before);
    }

    @Test
    void theDesignerReadsNoInstanceTaskVariableOrHistory() throws Exception {
        String pi = complaint.getId();
        for (String query : List.of("/process-instance?businessKey=" + complaintCaseNo,
                "/task?processInstanceId=" + pi, "/variable-instance?processInstanceIdIn=" + pi,
                "/history/process-instance?processInstanceId=" + pi, "/history/variable-instance?processInstanceId=" + pi,
                "/history/detail?processInstanceId=" + pi, "/history/task?processInstanceId=" + pi)) {
            assertThat(list(DESIGNER, query)).as(query).isEmpty();
        }
        assertThat(call(DESIGNER, HttpMethod.GET, "/process-instance/" + pi + "/variables", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // what the designer is for: definitions and deployments
        assertThat(list(DESIGNER, "/process-definition?key=complaint")).isNotEmpty();
        assertThat(list(DESIGNER, "/deployment")).isNotEmpty();
    }

    // --- A: deleting a deployment with running instances, cascade only by an admin explicitly ---

    @Test
    void aDeploymentWithRunningCasesIsDeletedOnlyByAnAdminAndOnlyWithAnExplicitCascade() throws Exception {
        String key = "access_guard_" + System.nanoTime();
        String unused = deploy(DESIGNER, key, "Task_First");
        assertThat(call(DESIGNER, HttpMethod.DELETE, "/deployment/" + unused, null).getStatusCode())
                .as("a deployment without running cases: the designer may clean up").isEqualTo(HttpStatus.NO_CONTENT);

        String deployment = deploy(DESIGNER, key, "Task_First");
        ProcessInstance running = runtime.startProcessInstanceByKey(key, "GUARD-1");

        ResponseEntity<String> cascade = call(DESIGNER, HttpMethod.DELETE, "/deployment/" + deployment + "?cascade=true", null);
        assertThat(cascade.getStatusCode()).as(cascade.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cascade.getBody()).contains("administrators only");
        ResponseEntity<String> plain = call(DESIGNER, HttpMethod.DELETE, "/deployment/" + deployment, null);
        assertThat(plain.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(plain.getBody()).contains("1 running process instance");
        ResponseEntity<String> adminImplicit = call("admin", HttpMethod.DELETE, "/deployment/" + deployment, null);
        assertThat(adminImplicit.getStatusCode()).as("never a cascade by default, not even for an admin")
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(adminImplicit.getBody()).contains("cascade=true");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(running.getId()).count()).isEqualTo(1);
        assertThat(repository.createDeploymentQuery().deploymentId(deployment).count()).isEqualTo(1);

        assertThat(call("admin", HttpMethod.DELETE, "/deployment/" + deployment + "?cascade=true", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(running.getId()).count()).isZero();
    }

    // --- A: migration is the designer's, writing variables through it is not ---

    @Test
    void theDesignerMigratesButCannotWriteVariablesThroughAMigration() throws Exception {
        String key = "access_migration_" + System.nanoTime();
        deploy(DESIGNER, key, "Task_First");
        ProcessDefinition v1 = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
        ProcessInstance instance = runtime.startProcessInstanceByKey(key, "MIGRATE-1", Map.of("caseNo", "MIGRATE-1"));
        deploy(DESIGNER, key, "Task_First", "Task_Second");
        ProcessDefinition v2 = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
        assertThat(v2.getVersion()).isEqualTo(2);

        ResponseEntity<String> generated = call(DESIGNER, HttpMethod.POST, "/migration/generate", Map.of(
                "sourceProcessDefinitionId", v1.getId(), "targetProcessDefinitionId", v2.getId()));
        assertThat(generated.getStatusCode()).as(generated.getBody()).isEqualTo(HttpStatus.OK);
        Map<String, Object> plan = json.readValue(generated.getBody(), Map.class);

        Map<String, Object> withVariables = new LinkedHashMap<>(plan);
        withVariables.put("variables", Map.of("caseNo", Map.of("value", "TS20990101000001", "type", "String")));
        for (String door : List.of("/migration/execute", "/migration/executeAsync")) {
            ResponseEntity<String> refused = call(DESIGNER, HttpMethod.POST, door,
                    Map.of("migrationPlan", withVariables, "processInstanceIds", List.of(instance.getId())));
            assertThat(refused.getStatusCode()).as(door + ": " + refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(runtime.getVariable(instance.getId(), "caseNo")).isEqualTo("MIGRATE-1");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(v1.getId());

        ResponseEntity<String> migrated = call(DESIGNER, HttpMethod.POST, "/migration/execute",
                Map.of("migrationPlan", plan, "processInstanceIds", List.of(instance.getId())));
        assertThat(migrated.getStatusCode()).as(migrated.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(v2.getId());
        assertThat(runtime.getVariable(instance.getId(), "caseNo")).isEqualTo("MIGRATE-1");
    }

    // --- B and C: a station without a manager, another process's history ---

    @Test
    void aViolationAtAStationWithoutManagerGoesToTheSupervisorsAndItsStatementNeverReachesHistory() throws Exception {
        // C0005 belongs to S002, which has no manager user, and has no login of their own
        ResponseEntity<String> registered = http.withBasicAuth("inspector", DEMO).postForEntity("/api/v1/violations",
                jsonBody(Map.of("source", "INSPECTION", "sourceCaseNo", "INS-ACCESS-1", "courierNo", "C0005",
                        "type", "DRESS_CODE", "description", "未按规定穿着工服")), String.class);
        assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.CREATED);
        String caseNo = json.readTree(registered.getBody()).get("caseNo").asText();
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        Task statement = tasks.createTaskQuery().processInstanceId(pi).singleResult();
        assertThat(statement.getTaskDefinitionKey()).isEqualTo("Task_CourierStatement");
        assertThat(candidates(statement.getId())).containsExactly("group:complaint-supervisor");

        // S001's manager: no task in engine REST, 403 in the ParcelDesk API, refused completion
        assertThat(list("station-manager", "/task?processInstanceBusinessKey=" + caseNo)).isEmpty();
        assertThat(http.withBasicAuth("station-manager", DEMO).getForEntity("/api/v1/violations/" + caseNo, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call("station-manager", HttpMethod.POST, "/task/" + statement.getId() + "/submit-form",
                Map.of("variables", Map.of("statementText", Map.of("value", "不是我的网点")))).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(statement.getId()).count()).as("the task stays open").isEqualTo(1);
        assertThat(runtime.getVariables(pi)).doesNotContainKey("statementText");

        // the supervisor queue takes the statement (e.g. given by phone)
        assertThat(list("complaint-supervisor", "/task?processInstanceBusinessKey=" + caseNo)).hasSize(1);
        ResponseEntity<String> given = call("complaint-supervisor", HttpMethod.POST,
                "/task/" + statement.getId() + "/submit-form",
                Map.of("variables", Map.of("statementText", Map.of("value", STATEMENT))));
        assertThat(given.getStatusCode()).as(given.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode violation = json.readTree(http.withBasicAuth("inspector", DEMO)
                .getForEntity("/api/v1/violations/" + caseNo, String.class).getBody());
        assertThat(violation.toString()).as("the case keeps the statement").contains("13900001111");

        // history: nobody, not even an admin, finds the statement; claims-manager reads nothing of this process
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi).list())
                .extracting(HistoricVariableInstance::getName).contains("caseNo").doesNotContain("statementText");
        assertThat(history.createHistoricDetailQuery().processInstanceId(pi).list()).isNotEmpty()
                .allSatisfy(detail -> assertThat(String.valueOf(detail instanceof HistoricVariableUpdate update
                        ? update.getValue() : ((HistoricFormField) detail).getFieldValue())).doesNotContain("13900001111"));
        for (String query : List.of("/history/variable-instance?processInstanceId=" + pi,
                "/history/detail?processInstanceId=" + pi)) {
            assertThat(list("admin", query).toString()).as(query).doesNotContain("13900001111");
        }
        assertThat(list("complaint-supervisor", "/history/variable-instance?processInstanceId=" + pi))
                .as("the violation's own supervisor reads its history").isNotEmpty();
        assertThat(list("claims-manager", "/history/variable-instance?processInstanceId=" + pi)).isEmpty();
        assertThat(list("claims-manager", "/history/detail?processInstanceId=" + pi)).isEmpty();
        assertThat(list("claims-manager", "/variable-instance?processInstanceIdIn=" + pi)).isEmpty();
        assertThat(list("claims-manager", "/history/variable-instance?variableName=caseNo"))
                .extracting(v -> v.get("processDefinitionKey").asText()).doesNotContain("courier-violation", "complaint");
    }

    @Test
    void aComplaintAtAStationWithoutManagerGoesToTheSupervisorQueueNotToOtherStationsManagers() throws Exception {
        String caseNo = fileComplaint(anyWaybillOf("S002"));
        submit("complaint-handler", onlyTask("complaint-handler", caseNo), Map.of("contactResult", "REACHED",
                "contactNote", "已联系客户"));
        submit("complaint-handler", onlyTask("complaint-handler", caseNo), Map.of("investigationOutcome", "ASK_STATION",
                "stationQuestion", "请核实派送员是否上门"));
        Task station = tasks.createTaskQuery().processInstanceBusinessKey(caseNo)
                .taskDefinitionKey("Task_StationInvestigation").singleResult();
        assertThat(station).isNotNull();
        assertThat(candidates(station.getId())).containsExactly("group:complaint-supervisor");

        assertThat(list("station-manager", "/task?processInstanceBusinessKey=" + caseNo)).isEmpty();
        assertThat(call("station-manager", HttpMethod.POST, "/task/" + station.getId() + "/submit-form",
                Map.of("variables", Map.of("stationFinding", Map.of("value", "不是我的网点")))).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("station-manager", DEMO).getForEntity("/api/v1/complaints/" + caseNo, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(station.getId()).count()).isEqualTo(1);
        assertThat(list("complaint-supervisor", "/task?processInstanceBusinessKey=" + caseNo))
                .extracting(t -> t.get("taskDefinitionKey").asText()).contains("Task_StationInvestigation");
        // the question itself is for the station's work, not for history
        String pi = station.getProcessInstanceId();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi).list())
                .extracting(HistoricVariableInstance::getName).doesNotContain("stationQuestion", "contactNote")
                .noneMatch(name -> name.startsWith("fact"));
    }

    // --- helpers ---

    private record Snapshot(boolean running, String activity, String taskId, String assignee, Map<String, Object> variables,
            long historicVariables, long historicDetails, boolean historic, long deployments, String complaintStatus,
            String deploymentId, String processInstanceId) {
    }

    private Snapshot snapshot() {
        String pi = complaint.getId();
        ProcessInstance current = runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult();
        Task task = tasks.createTaskQuery().processInstanceId(pi).singleResult();
        String status;
        try {
            status = json.readTree(http.withBasicAuth("complaint-handler", DEMO)
                    .getForEntity("/api/v1/complaints/" + complaintCaseNo, String.class).getBody()).get("status").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String deploymentId = repository.getProcessDefinition(complaint.getProcessDefinitionId()).getDeploymentId();
        return new Snapshot(current != null && !current.isSuspended(),
                current == null ? null : String.join(",", runtime.getActiveActivityIds(pi)),
                task == null ? null : task.getId(), task == null ? null : task.getAssignee(),
                current == null ? Map.of() : runtime.getVariables(pi),
                history.createHistoricVariableInstanceQuery().processInstanceId(pi).count(),
                history.createHistoricDetailQuery().processInstanceId(pi).count(),
                history.createHistoricProcessInstanceQuery().processInstanceId(pi).count() == 1,
                repository.createDeploymentQuery().deploymentId(deploymentId).count(), status, deploymentId, pi);
    }

    private static String resolve(String path, Snapshot snapshot) {
        return path.replace("{pi}", snapshot.processInstanceId()).replace("{task}", snapshot.taskId())
                .replace("{deployment}", snapshot.deploymentId());
    }

    private Object resolveBody(Object body, Snapshot ids) {
        if (body == null) {
            return null;
        }
        try {
            return json.readValue(resolve(json.writeValueAsString(body), ids), Object.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String fileComplaint(String waybillNo) throws Exception {
        Map<String, Object> body = Map.of("waybillNo", waybillNo, "channel", "PHONE", "category", "DELAY",
                "customerName", "王小红", "customerPhone", "13912345678",
                "description", "快件延误多日仍未送达，请尽快核实处理。");
        ResponseEntity<String> filed = http.withBasicAuth("complaint-handler", DEMO)
                .postForEntity("/api/v1/complaints", jsonBody(body), String.class);
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(filed.getBody()).get("caseNo").asText();
    }

    /** A shipment of its own for the station (a copy of a demo one): no other test's open complaint shares it. */
    private String anyWaybillOf(String station) {
        ShipmentSnapshot demo = shipments.findAll().stream().map(Shipment::toSnapshot)
                .filter(s -> station.equals(s.destinationStationCode())).findFirst().orElseThrow();
        String waybill = "PA" + System.nanoTime() % 10_000_000_000L;
        shipments.save(new Shipment(new ShipmentSnapshot(waybill, demo.serviceType(), demo.shippedAt(), demo.promisedAt(),
                demo.deliveredAt(), demo.pickupCourierNo(), demo.deliveryCourierNo(), demo.originStationCode(), station,
                demo.postage(), demo.insured(), demo.declaredValue(), demo.insuranceFee(), demo.status())));
        return waybill;
    }

    /** Deploys a one- or two-task model as Camunda Modeler does. */
    private String deploy(String user, String key, String... taskIds) throws Exception {
        StringBuilder flow = new StringBuilder("<bpmn:startEvent id=\"Start_Guard\" name=\"开始 Start\"/>");
        String previous = "Start_Guard";
        for (String taskId : taskIds) {
            flow.append("<bpmn:sequenceFlow id=\"Flow_To").append(taskId).append("\" sourceRef=\"").append(previous)
                    .append("\" targetRef=\"").append(taskId).append("\"/>")
                    .append("<bpmn:userTask id=\"").append(taskId).append("\" name=\"任务 ").append(taskId)
                    .append("\" camunda:candidateGroups=\"complaint-handler\" camunda:formKey=\"access-test\"/>");
            previous = taskId;
        }
        flow.append("<bpmn:sequenceFlow id=\"Flow_ToEnd\" sourceRef=\"").append(previous)
                .append("\" targetRef=\"End_Guard\"/><bpmn:endEvent id=\"End_Guard\" name=\"结束 End\"/>");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions "
                + "xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"Definitions_Guard\" "
                + "targetNamespace=\"http://parceldesk.org/test\"><bpmn:process id=\"" + key
                + "\" name=\"访问测试 Access test\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\">"
                + flow + "</bpmn:process></bpmn:definitions>";
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", key);
        parts.add("data", new ByteArrayResource(xml.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return key + ".bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        ResponseEntity<String> deployed = http.withBasicAuth(user, DEMO)
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
        assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(deployed.getBody()).get("id").asText();
    }

    private List<String> candidates(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream().filter(link -> "candidate".equals(link.getType()))
                .map(link -> link.getUserId() != null ? "user:" + link.getUserId() : "group:" + link.getGroupId())
                .toList();
    }

    private JsonNode onlyTask(String user, String caseNo) throws Exception {
        List<JsonNode> found = list(user, "/task?processInstanceBusinessKey=" + caseNo);
        assertThat(found).as("tasks of " + user + " in " + caseNo).hasSize(1);
        return found.get(0);
    }

    private void submit(String user, JsonNode task, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        ResponseEntity<String> answer = call(user, HttpMethod.POST, "/task/" + task.get("id").asText() + "/submit-form",
                Map.of("variables", variables));
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private List<JsonNode> list(String user, String query) throws Exception {
        ResponseEntity<String> answer = call(user, HttpMethod.GET, query, null);
        assertThat(answer.getStatusCode()).as(query + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
        List<JsonNode> items = new ArrayList<>();
        json.readTree(answer.getBody()).forEach(items::add);
        return items;
    }

    private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
        return http.withBasicAuth(user, DEMO).exchange("/engine-rest" + path, method,
                body == null ? new HttpEntity<>(acceptJson()) : jsonBody(body), String.class);
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
