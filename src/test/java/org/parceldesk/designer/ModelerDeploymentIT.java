package org.parceldesk.designer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Camunda Modeler's deploy call, what its deploy dialog sends, against the running application over
 * real HTTP (engine REST is a Jersey servlet, out of MockMvc's reach). The deployments ask for English
 * ({@code Accept-Language: en}) unless a test says otherwise; the model checks' refusals are Chinese by default.
 */
@MariaDbTest
class ModelerDeploymentIT {

    private final String key = "designer_modeler_" + UUID.randomUUID().toString().substring(0, 8);
    private final String deploymentName = key;

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DecisionService decisions;

    @Test
    void aDesignerDeploysAChangedModelAndOnlyNewCasesFollowIt() throws Exception {
        ResponseEntity<String> first = deployAs("process-designer", model("migration-v1.bpmn"), true);
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
        ProcessDefinition v1 = latest();
        ProcessInstance running = runtime.startProcessInstanceByKey(key, "TS-MODELER-1");

        ResponseEntity<String> changed = deployAs("process-designer", model("migration-v2-task-added.bpmn"), true);

        assertThat(changed.getStatusCode()).as(changed.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode deployment = json.readTree(changed.getBody());
        assertThat(deployment.path("source").asText()).isEqualTo("Camunda Modeler");
        assertThat(deployment.path("deployedProcessDefinitions").size()).isEqualTo(1);
        assertThat(deployment.path("deployedCamundaFormDefinitions").size())
                .as("deploy-changed-only leaves the unchanged form alone").isZero();
        ProcessDefinition v2 = latest();
        assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);
        assertThat(definitionOf(running)).as("a running case stays on its version").isEqualTo(v1.getId());
        ProcessInstance fresh = runtime.startProcessInstanceByKey(key, "TS-MODELER-2");
        assertThat(fresh.getProcessDefinitionId()).isEqualTo(v2.getId());
        completeTask(fresh, "Task_Receive");
        assertThat(runtime.getActiveActivityIds(fresh.getId())).as("the new case takes the added task")
                .containsExactly("Task_Check");
    }

    /** The issue's own scenario: the shipped complaint model, changed and deployed as the Modeler does. */
    @Test
    void aChangedComplaintModelIsDeployedFromTheModelerAndOnlyNewComplaintsFollowIt() throws Exception {
        String runningCase = fileComplaint(freshWaybill());
        ProcessDefinition before = repository.createProcessDefinitionQuery().processDefinitionKey("complaint")
                .latestVersion().singleResult();
        assertThat(complaintDefinition(runningCase)).isEqualTo(before.getId());

        String shipped = new String(new org.springframework.core.io.ClassPathResource("processes/complaint.bpmn")
                .getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String changed = TestModels.replace(shipped, "name=\"联系客户 Contact customer\"",
                "name=\"首次联系客户 Contact customer first\"");
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", "complaint");
        body.add("deploy-changed-only", "true");
        body.add("deployment-source", "Camunda Modeler");
        body.add("complaint.bpmn", file("complaint.bpmn", changed));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));

        assertThat(http.withBasicAuth("complaint-handler", "demo").postForEntity(endpoint() + "/deployment/create",
                new HttpEntity<>(body, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> deployed = http.withBasicAuth("process-designer", "demo")
                .postForEntity(endpoint() + "/deployment/create", new HttpEntity<>(body, headers), String.class);

        assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
        ProcessDefinition after = repository.createProcessDefinitionQuery().processDefinitionKey("complaint")
                .latestVersion().singleResult();
        assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
        assertThat(complaintDefinition(runningCase)).as("the running complaint stays on its version")
                .isEqualTo(before.getId());
        String newCase = fileComplaint(freshWaybill());
        assertThat(complaintDefinition(newCase)).isEqualTo(after.getId());
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(newCase).singleResult().getName())
                .isEqualTo("首次联系客户 Contact customer first");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(runningCase).singleResult().getName())
                .isEqualTo("联系客户 Contact customer");
    }

    @Autowired
    org.parceldesk.shipment.ShipmentRepository shipments;

    private String freshWaybill() {
        String waybill = "MOD" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        java.time.Instant shipped = java.time.Instant.now().minus(java.time.Duration.ofDays(5));
        shipments.save(new org.parceldesk.shipment.Shipment(new org.parceldesk.shipment.ShipmentSnapshot(waybill,
                org.parceldesk.shipment.ServiceType.DOMESTIC, shipped, shipped.plus(java.time.Duration.ofDays(3)), null,
                "C0002", "C0001", "S002", "S001", new java.math.BigDecimal("12.00"), false, null, null,
                org.parceldesk.shipment.ShipmentStatus.IN_TRANSIT)));
        return waybill;
    }

    private String fileComplaint(String waybill) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
        Map<String, Object> complaint = Map.of("waybillNo", waybill, "channel", "PHONE", "category", "DELAY",
                "customerName", "王小红", "customerPhone", "13912345678",
                "description", "快件超过承诺时间仍未送达，请尽快核实处理。");
        ResponseEntity<String> filed = http.withBasicAuth("complaint-handler", "demo")
                .postForEntity("/api/v1/complaints", new HttpEntity<>(json.writeValueAsString(complaint), headers), String.class);
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(filed.getBody()).get("caseNo").asText();
    }

    private String complaintDefinition(String caseNo) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult()
                .getProcessDefinitionId();
    }

    @Test
    void aChangedLimitInADecisionTableAppliesFromTheNextEvaluation() throws Exception {
        String decisionKey = key.replace("designer_modeler", "designer_limit");
        String table = TestModels.replace(TestModels.read("designer-limit.dmn"), "id=\"designer_limit\"",
                "id=\"" + decisionKey + "\"");
        assertThat(deployFilesAs("process-designer", endpoint(), Map.of(decisionKey + ".dmn", table)).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(approvalLevel(decisionKey, 2500)).isEqualTo("MANAGER");

        String raised = table.replace("&lt;= 2000", "&lt;= 3000").replace("&gt; 2000", "&gt; 3000");
        ResponseEntity<String> deployed = deployFilesAs("process-designer", endpoint(), Map.of(decisionKey + ".dmn", raised));

        assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(approvalLevel(decisionKey, 2500)).isEqualTo("SUPERVISOR");
        assertThat(approvalLevel(decisionKey, 3000.01)).isEqualTo("MANAGER");
        assertThat(decisions.evaluateDecisionTableByKeyAndVersion(decisionKey, 1, Map.of("payout", 2500.0))
                .getSingleResult().getSingleEntry().toString()).as("version 1 is kept").isEqualTo("MANAGER");
    }

    @Test
    void deployingAnUnchangedModelMakesNoNewVersion() throws Exception {
        deployAs("process-designer", model("migration-v1.bpmn"), true);
        int version = latest().getVersion();

        ResponseEntity<String> again = deployAs("process-designer", model("migration-v1.bpmn"), true);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(latest().getVersion()).isEqualTo(version);
    }

    @Test
    void aHandlerMayNotDeploy() {
        // refused by the web security rule on the Modeler's endpoint, and by Camunda's authorizations on the
        // engine's named endpoint, which that rule does not cover
        for (String endpoint : java.util.List.of("/engine-rest", "/engine-rest/engine/" + engine.getName())) {
            ResponseEntity<String> refused = deployAs("complaint-handler", model("migration-v1.bpmn"), true, endpoint);

            assertThat(refused.getStatusCode()).as(endpoint).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void aBrokenModelIsRefusedWithTheElementNamed() throws Exception {
        String broken = TestModels.replace(model("migration-v1.bpmn"),
                "<bpmn:userTask id=\"Task_Resolve\" name=\"处理 Resolve\" camunda:candidateGroups=\"complaint-handler\"",
                "<bpmn:userTask id=\"Task_Resolve\" name=\"处理 Resolve\"");

        ResponseEntity<String> refused = deployAs("process-designer", broken, true);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(refused.getBody());
        assertThat(problem.path("type").asText()).as(refused.getBody()).isEqualTo("ParseException");
        assertThat(problem.path("message").asText()).contains("Task_Resolve: user task has no candidate group");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    /** The model checks answer in the deployer's language: Chinese by default, English when the Modeler asks for it. */
    @Test
    void aRefusalIsChineseByDefaultAndEnglishForAnEnglishDeployer() throws Exception {
        String broken = TestModels.replace(model("migration-v1.bpmn"),
                "<bpmn:userTask id=\"Task_Resolve\" name=\"处理 Resolve\" camunda:candidateGroups=\"complaint-handler\"",
                "<bpmn:userTask id=\"Task_Resolve\" name=\"处理 Resolve\"");
        Map<String, String> files = Map.of(key + ".bpmn", broken, "designer-task.form", TestModels.read("designer-task.form"));

        ResponseEntity<String> chinese = deployFilesAs("process-designer", endpoint(), files, null);
        ResponseEntity<String> english = deployFilesAs("process-designer", endpoint(), files, "en-US,en;q=0.9,zh-CN;q=0.5");

        assertThat(chinese.getStatusCode()).as(chinese.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(chinese.getBody()).path("message").asText())
                .contains("ParcelDesk 模型检查拒绝了该模型，共 1 个问题：Task_Resolve: 用户任务未设置候选组："
                        + "请设置 camunda:candidateGroups（或 camunda:candidateUsers）")
                .doesNotContain("candidate group");
        assertThat(english.getStatusCode()).as(english.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(english.getBody()).path("message").asText())
                .contains("ParcelDesk model check refused the model, 1 problem: Task_Resolve: user task has no candidate"
                        + " group: set camunda:candidateGroups (or camunda:candidateUsers)")
                .doesNotContain("候选组");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    /** The issue's attack: a model whose listener makes the designer an admin, deployed as the Modeler does. */
    @Test
    void aModelReachingTheEngineIsRefusedOnEveryEndpointAndNothingIsDeployed() throws Exception {
        String attack = TestModels.replace(model("migration-v1.bpmn"),
                "camunda:formRef=\"designer-test-task\" camunda:formRefBinding=\"latest\" />\n    <bpmn:sequenceFlow id=\"Flow_ToEnd\"",
                "camunda:formRef=\"designer-test-task\" camunda:formRefBinding=\"latest\"><bpmn:extensionElements>"
                        + "<camunda:executionListener event=\"start\" expression=\"${execution.getProcessEngineServices()"
                        + ".getIdentityService().createMembership('process-designer','admin')}\" /></bpmn:extensionElements>"
                        + "</bpmn:userTask>\n    <bpmn:sequenceFlow id=\"Flow_ToEnd\"");
        long deployments = repository.createDeploymentQuery().count();

        for (String endpoint : java.util.List.of("/engine-rest", "/engine-rest/engine/" + engine.getName())) {
            ResponseEntity<String> refused = deployAs("process-designer", attack, true, endpoint);

            assertThat(refused.getStatusCode()).as(endpoint + ": " + refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            JsonNode problem = json.readTree(refused.getBody());
            assertThat(problem.path("type").asText()).isEqualTo("ParseException");
            assertThat(problem.path("message").asText()).contains("Task_Resolve: expression ${execution"
                    + ".getProcessEngineServices().getIdentityService().createMembership('process-designer','admin')}"
                    + " calls method 'createMembership' of the engine's execution");
        }
        assertThat(repository.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
        assertThat(engine.getIdentityService().createGroupQuery().groupMember("process-designer").groupId("admin").count())
                .as("the designer did not become an admin").isZero();
    }

    @Test
    void aScriptTaskIsRefused() throws Exception {
        String script = TestModels.replace(model("migration-v1.bpmn"), "<bpmn:endEvent id=\"End_Done\"",
                "<bpmn:scriptTask id=\"Task_Script\" name=\"脚本 Script\" scriptFormat=\"javascript\">"
                        + "<bpmn:script>java.lang.System.exit(1)</bpmn:script></bpmn:scriptTask><bpmn:endEvent id=\"End_Done\"");

        ResponseEntity<String> refused = deployAs("process-designer", script, true);

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).path("message").asText())
                .contains("Task_Script: script task (javascript) is refused");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void aDecisionTableWithAGapIsRefusedWithTheDecisionNamed() throws Exception {
        String decisionKey = key.replace("designer_modeler", "designer_gap");
        String table = TestModels.replace(TestModels.read("designer-limit.dmn"), "id=\"designer_limit\"",
                "id=\"" + decisionKey + "\"").replace("&gt; 2000", "&gt; 3000");

        ResponseEntity<String> refused = deployFilesAs("process-designer", endpoint(), Map.of(decisionKey + ".dmn", table));

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).path("message").asText())
                .contains(decisionKey + ": gap: no rule matches payout in ]2000..3000[");
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).count()).isZero();
    }

    private String model(String name) {
        return TestModels.replace(TestModels.read(name), "id=\"designer_migration\"", "id=\"" + key + "\"");
    }

    /** The Modeler's "REST endpoint" setting; an engine not named "default" has only its named endpoint. */
    private String endpoint() {
        return "default".equals(engine.getName()) ? "/engine-rest" : "/engine-rest/engine/" + engine.getName();
    }

    private ResponseEntity<String> deployAs(String user, String bpmn, boolean withForm) {
        return deployAs(user, bpmn, withForm, endpoint());
    }

    private ResponseEntity<String> deployAs(String user, String bpmn, boolean withForm, String endpoint) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(key + ".bpmn", bpmn);
        if (withForm) {
            files.put("designer-task.form", TestModels.read("designer-task.form"));
        }
        return deployFilesAs(user, endpoint, files);
    }

    /** The multipart request of Camunda Modeler's deploy dialog: the settings, then one part per file. */
    private ResponseEntity<String> deployFilesAs(String user, String endpoint, Map<String, String> files) {
        return deployFilesAs(user, endpoint, files, "en");
    }

    /** {@code acceptLanguage} null: no header, as a client that names no language (the refusals are Chinese). */
    private ResponseEntity<String> deployFilesAs(String user, String endpoint, Map<String, String> files,
            String acceptLanguage) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", deploymentName);
        body.add("deploy-changed-only", "true");
        body.add("deployment-source", "Camunda Modeler");
        files.forEach((name, content) -> body.add(name, file(name, content)));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
        if (acceptLanguage != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        return http.withBasicAuth(user, "demo")
                .postForEntity(endpoint + "/deployment/create", new HttpEntity<>(body, headers), String.class);
    }

    private static HttpEntity<ByteArrayResource> file(String filename, String content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        headers.setContentDispositionFormData(filename, filename);
        return new HttpEntity<>(new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return filename;
            }
        }, headers);
    }

    private String approvalLevel(String decisionKey, double payout) {
        return decisions.evaluateDecisionTableByKey(decisionKey, Map.of("payout", payout)).getSingleResult()
                .getSingleEntry().toString();
    }

    private ProcessDefinition latest() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    private String definitionOf(ProcessInstance instance) {
        return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId();
    }

    private void completeTask(ProcessInstance instance, String taskKey) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                .singleResult().getId());
    }
}
