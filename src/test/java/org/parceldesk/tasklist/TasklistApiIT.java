package org.parceldesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parceldesk.complaint.ComplaintEvent;
import org.parceldesk.complaint.ComplaintEventType;
import org.parceldesk.complaint.ComplaintIntake;
import org.parceldesk.complaint.ComplaintRepository;
import org.parceldesk.complaint.NewComplaint;
import org.parceldesk.shipment.Shipment;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.testing.MariaDbTest;
import org.parceldesk.testing.TasklistSession;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tasklist's own engine API ({@code /camunda/api/engine}), signed in as each role with a session and
 * the CSRF token, as the browser calls it: refusals, identity links, history and comments.
 */
@MariaDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistApiIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String SECOND_HANDLER = "complaint-handler-2";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    ShipmentRepository shipments;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    org.parceldesk.claim.ClaimService claims;

    private final ObjectMapper json = new ObjectMapper();
    private ListAppender<ILoggingEvent> logs;

    @BeforeAll
    void setUp() {
        repositoryService.createDeployment().name("refusal-test")
                .addClasspathResource("security/refusal-test.bpmn").deploy();
        if (identityService.createUserQuery().userId(SECOND_HANDLER).count() == 0) {
            User user = identityService.newUser(SECOND_HANDLER);
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership(SECOND_HANDLER, "complaint-handler");
        }
    }

    @BeforeEach
    void captureLogs() {
        logs = new ListAppender<>();
        logs.start();
        root().addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        root().detachAppender(logs);
        logs.stop();
    }

    @Test
    void aRefusalIsTheReasonAloneInChineseOrEnglishTheSameAsThroughEngineRest() throws Exception {
        String taskId = refusalTask("TL-REFUSAL-1");
        TasklistSession handler = TasklistSession.signIn(port, "complaint-handler", "demo");

        HttpResponse<String> invalid = handler.post("/task/" + taskId + "/complete", verdict("invalid"));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(message(invalid)).isEqualTo("须填写调查结论");
        assertThat(invalid.body()).doesNotContain("ENGINE-").doesNotContain("TaskListener");

        HttpResponse<String> english = handler.acceptLanguage("en-US,en;q=0.9").post("/task/" + taskId + "/complete",
                verdict("invalid"));
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(message(english)).isEqualTo("finding is required");

        HttpResponse<String> forbidden = handler.acceptLanguage("zh-CN").post("/task/" + taskId + "/complete",
                verdict("forbidden"));
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(message(forbidden)).isEqualTo("核定人不能审批");

        // the same request through /engine-rest gives the same answer
        HttpResponse<String> engineRest = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + port + "/engine-rest/task/" + taskId + "/complete"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("complaint-handler:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept-Language", "zh-CN")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(verdict("forbidden"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(engineRest.statusCode()).isEqualTo(forbidden.statusCode());
        assertThat(json.readTree(engineRest.body())).isEqualTo(json.readTree(forbidden.body()));

        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        // one INFO line per refusal with the case number and the reason; no ERROR, no stack trace
        assertThat(logs.list).filteredOn(e -> e.getLevel() == Level.ERROR && e.getLoggerName().startsWith("org.camunda"))
                .isEmpty();
        assertThat(logs.list).filteredOn(e -> e.getLevel() == Level.INFO
                        && e.getFormattedMessage().contains("TL-REFUSAL-1")
                        && e.getFormattedMessage().contains("finding is required"))
                .hasSize(2).allMatch(e -> e.getThrowableProxy() == null && !e.getFormattedMessage().contains("\n"));
    }

    @Test
    void aPayoutInputRefusalNamesTheFieldInChineseOrEnglish() throws Exception {
        String taskId = assessClaimTask();
        TasklistSession handler = TasklistSession.signIn(port, "claims-handler", "demo");
        String negativeLoss = "{\"variables\":{\"lossType\":{\"value\":\"LOSS\"},"
                + "\"responsibleParty\":{\"value\":\"SORTING_CENTER\"},\"actualLoss\":{\"value\":-10.0,\"type\":\"Double\"},"
                + "\"wrongRecipientDetails\":{\"value\":false,\"type\":\"Boolean\"}}}";

        HttpResponse<String> chinese = handler.post("/task/" + taskId + "/complete", negativeLoss);
        assertThat(chinese.statusCode()).isEqualTo(400);
        assertThat(message(chinese)).isEqualTo("实际损失不能为负数");

        HttpResponse<String> english = handler.acceptLanguage("en-US,en;q=0.9").post("/task/" + taskId + "/complete",
                negativeLoss);
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(message(english)).isEqualTo("actualLoss must not be negative");
        assertThat(json.readTree(english.body()).path("errors").get(0).path("field").asText()).isEqualTo("actualLoss");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void aDefectThroughTasklistStaysA500AndAnError() {
        String taskId = refusalTask("TL-REFUSAL-2");
        HttpResponse<String> broken = TasklistSession.signIn(port, "complaint-handler", "demo")
                .post("/task/" + taskId + "/complete", verdict("broken"));
        assertThat(broken.statusCode()).isEqualTo(500);
        assertThat(logs.list).anyMatch(e -> e.getLevel() == Level.ERROR && e.getLoggerName().startsWith("org.camunda"));
    }

    @Test
    void aCandidateMayClaimAndHandOverToAnotherCandidateButNotWidenAccess() throws Exception {
        String caseNo = fileComplaint();
        String taskId = contactTask(caseNo);
        TasklistSession handler = TasklistSession.signIn(port, "complaint-handler", "demo");

        HttpResponse<String> addGroup = handler.post("/task/" + taskId + "/identity-links",
                "{\"groupId\":\"courier\",\"type\":\"candidate\"}");
        assertThat(addGroup.statusCode()).isEqualTo(403);
        assertThat(message(addGroup)).isEqualTo("只有主管可以更改任务的候选人或候选组");
        assertThat(handler.post("/task/" + taskId + "/identity-links", "{\"userId\":\"courier\",\"type\":\"candidate\"}")
                .statusCode()).isEqualTo(403);
        assertThat(handler.post("/task/" + taskId + "/identity-links/delete",
                "{\"groupId\":\"complaint-handler\",\"type\":\"candidate\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> outsider = handler.post("/task/" + taskId + "/assignee", "{\"userId\":\"courier\"}");
        assertThat(outsider.statusCode()).isEqualTo(403);
        assertThat(message(outsider)).contains("候选人").doesNotContain("candidates");
        assertThat(handler.post("/task/" + taskId + "/delegate", "{\"userId\":\"" + SECOND_HANDLER + "\"}").statusCode())
                .isEqualTo(403);
        assertThat(handler.post("/task/" + taskId + "/identity-links", "{\"userId\":\"complaint-handler\",\"type\":\"owner\"}")
                .statusCode()).isEqualTo(403);
        // PUT /task/{id} cannot do it either
        JsonNode current = json.readTree(handler.get("/task/" + taskId).body());
        ObjectNode update = json.createObjectNode().put("name", current.path("name").asText())
                .put("priority", current.path("priority").asInt()).put("owner", "complaint-handler");
        update.set("due", current.path("due"));
        HttpResponse<String> put = handler.put("/task/" + taskId, update.toString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(403);

        // nothing of the refused changes is left behind: no identity link, no grant
        assertThat(taskService.getIdentityLinksForTask(taskId)).extracting(IdentityLink::getGroupId).containsOnly("complaint-handler");
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getOwner()).isNull();
        assertNoGrant(taskId, "courier");
        assertThat(TasklistSession.signIn(port, "courier", "demo").get("/task/" + taskId).statusCode()).isNotEqualTo(200);

        // other roles are refused too: a station manager and another process's supervisor
        for (String user : List.of("station-manager", "claims-supervisor", "inspector")) {
            assertThat(TasklistSession.signIn(port, user, "demo").post("/task/" + taskId + "/identity-links",
                    "{\"groupId\":\"courier\",\"type\":\"candidate\"}").statusCode()).as(user).isEqualTo(403);
        }
        assertNoGrant(taskId, "courier");

        // claiming, unclaiming and handing over to another candidate stay open
        assertThat(handler.post("/task/" + taskId + "/claim", "{\"userId\":\"complaint-handler\"}").statusCode()).isEqualTo(204);
        assertThat(handler.post("/task/" + taskId + "/unclaim", "{}").statusCode()).isEqualTo(204);
        assertThat(handler.post("/task/" + taskId + "/assignee", "{\"userId\":\"" + SECOND_HANDLER + "\"}").statusCode())
                .isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(SECOND_HANDLER);
        assertThat(timeline(caseNo)).anyMatch(detail -> detail.contains(SECOND_HANDLER));
    }

    @Test
    void aSupervisorMayChangeCandidatesAndARemovedGroupLosesAccess() throws Exception {
        String caseNo = fileComplaint();
        String taskId = contactTask(caseNo);
        TasklistSession supervisor = TasklistSession.signIn(port, "complaint-supervisor", "demo");
        TasklistSession courier = TasklistSession.signIn(port, "courier", "demo");

        assertThat(supervisor.post("/task/" + taskId + "/identity-links", "{\"groupId\":\"courier\",\"type\":\"candidate\"}")
                .statusCode()).isEqualTo(204);
        assertThat(courier.get("/task/" + taskId).statusCode()).isEqualTo(200);
        assertThat(timeline(caseNo)).anyMatch(detail -> detail.contains("添加候选人 group courier"));

        assertThat(supervisor.post("/task/" + taskId + "/identity-links/delete",
                "{\"groupId\":\"courier\",\"type\":\"candidate\"}").statusCode()).isEqualTo(204);
        assertThat(courier.get("/task/" + taskId).statusCode()).isNotEqualTo(200);
        assertNoGrant(taskId, "courier");
        assertThat(timeline(caseNo)).anyMatch(detail -> detail.contains("移除候选人 group courier"));

        // outside the candidates, owner, delegation: supervisors and admin only
        assertThat(supervisor.post("/task/" + taskId + "/assignee", "{\"userId\":\"inspector\"}").statusCode()).isEqualTo(204);
        TasklistSession admin = TasklistSession.signIn(port, "admin", "demo");
        assertThat(admin.post("/task/" + taskId + "/identity-links", "{\"userId\":\"admin\",\"type\":\"owner\"}")
                .statusCode()).isEqualTo(204);
        assertThat(admin.post("/task/" + taskId + "/delegate", "{\"userId\":\"" + SECOND_HANDLER + "\"}").statusCode())
                .isEqualTo(204);
        assertThat(timeline(caseNo)).anyMatch(detail -> detail.contains("委托给 " + SECOND_HANDLER));

        // a supervisor of another process has no say over a complaint's task
        assertThat(TasklistSession.signIn(port, "claims-manager", "demo").post("/task/" + taskId + "/identity-links",
                "{\"groupId\":\"claims-handler\",\"type\":\"candidate\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void theTeamReadsATasksHistoryAndCommentsOnlyOnCasesItMaySee() throws Exception {
        String caseNo = fileComplaint();
        String taskId = contactTask(caseNo);
        TasklistSession handler = TasklistSession.signIn(port, "complaint-handler", "demo");
        assertThat(handler.post("/task/" + taskId + "/claim", "{\"userId\":\"complaint-handler\"}").statusCode()).isEqualTo(204);

        HttpResponse<String> comment = handler.post("/task/" + taskId + "/comment/create",
                "{\"message\":\"已电话联系客户，客户下午回电 Customer calls back this afternoon\"}");
        assertThat(comment.statusCode()).isEqualTo(200);
        HttpResponse<String> history = handler.get("/history/user-operation?taskId=" + taskId);
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(json.readTree(history.body()).findValuesAsText("operationType")).contains("Claim");

        // a colleague in the same group reads the comment
        HttpResponse<String> comments = TasklistSession.signIn(port, SECOND_HANDLER, "demo").get("/task/" + taskId + "/comment");
        assertThat(comments.statusCode()).isEqualTo(200);
        assertThat(json.readTree(comments.body()).findValuesAsText("message"))
                .anyMatch(text -> text.contains("客户下午回电"));

        // people who do not work the case read nothing and cannot comment
        TasklistSession courier = TasklistSession.signIn(port, "courier", "demo");
        assertThat(courier.post("/task/" + taskId + "/comment/create", "{\"message\":\"x\"}").statusCode()).isEqualTo(400);
        assertThat(json.readTree(courier.get("/history/user-operation?taskId=" + taskId).body())).isEmpty();
        assertThat(json.readTree(courier.get("/history/task?processDefinitionKey=complaint").body())).isEmpty();
        assertThat(json.readTree(TasklistSession.signIn(port, "claims-handler", "demo")
                .get("/history/task?taskId=" + taskId).body())).isEmpty();
    }

    private void assertNoGrant(String taskId, String group) {
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId)
                .groupIdIn(group).count()).isZero();
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK).resourceId(taskId)
                .groupIdIn(group).count()).isZero();
    }

    private List<String> timeline(String caseNo) {
        return transactions.execute(status -> complaints.findByCaseNo(caseNo).orElseThrow().getEvents().stream()
                .filter(e -> e.getType() == ComplaintEventType.TASK_ACCESS_CHANGED).map(ComplaintEvent::getDetail).toList());
    }

    private String refusalTask(String businessKey) {
        String instanceId = runtimeService.startProcessInstanceByKey("refusal-test", businessKey).getId();
        return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    }

    /** A complaint about a fresh shipment of station S001 (its handler group: complaint-handler). */
    private String fileComplaint() {
        int n = SEQUENCE.incrementAndGet();
        ShipmentSnapshot demo = shipments.findById("PD2026000001").orElseThrow().toSnapshot();
        String waybill = String.format("TL%d%04d", System.currentTimeMillis(), n);
        shipments.save(new Shipment(new ShipmentSnapshot(waybill, demo.serviceType(), demo.shippedAt(), demo.promisedAt(),
                demo.deliveredAt(), demo.pickupCourierNo(), demo.deliveryCourierNo(), demo.originStationCode(), "S001",
                demo.postage(), demo.insured(), demo.declaredValue(), demo.insuranceFee(), demo.status())));
        NewComplaint complaint = new NewComplaint(waybill, "PHONE", "OTHER", "王小红", String.valueOf(13720000000L + n),
                null, "快递员态度不好，要求网点给出解释并改进服务。");
        return intake.file(complaint, null, "complaint-handler").receipt().caseNo();
    }

    /** A claim of a fresh lost parcel, its evidence complete: waiting at Assess claim (claims-handler). */
    private String assessClaimTask() {
        java.time.Instant shipped = java.time.Instant.now().minus(java.time.Duration.ofDays(10));
        ShipmentSnapshot parcel = new ShipmentSnapshot(String.format("TLC%d%04d", System.currentTimeMillis(),
                SEQUENCE.incrementAndGet()), org.parceldesk.shipment.ServiceType.DOMESTIC, shipped,
                shipped.plus(java.time.Duration.ofDays(3)), null, "C0005", "C0005", "S001", "S003",
                new java.math.BigDecimal("12.00"), false, null, null, org.parceldesk.shipment.ShipmentStatus.EXCEPTION);
        shipments.save(new Shipment(parcel));
        String caseNo = claims.register(new org.parceldesk.claim.NewClaim(org.parceldesk.claim.ClaimOrigin.API, null,
                parcel.waybillNo(), new org.parceldesk.claim.CustomerContact("测试客户", "13800138000", null), "包裹丢失",
                org.parceldesk.claim.LossType.LOSS, null)).getCaseNo();
        String evidence = taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
                .taskDefinitionKey("Task_CollectEvidence").singleResult().getId();
        identityService.setAuthentication("claims-handler", List.of("claims-handler"));
        try {
            taskService.complete(evidence, java.util.Map.of("evidenceComplete", true));
        } finally {
            identityService.clearAuthentication();
        }
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("Task_AssessClaim")
                .singleResult().getId();
    }

    private String contactTask(String caseNo) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("Task_ContactCustomer")
                .singleResult().getId();
    }

    private String verdict(String value) {
        return "{\"variables\":{\"verdict\":{\"value\":\"" + value + "\",\"type\":\"String\"}}}";
    }

    private String message(HttpResponse<String> response) throws Exception {
        JsonNode body = json.readTree(response.body());
        return body.path("message").asText();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

}
