package org.parceldesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.FormPlaceholders;
import org.parceldesk.testing.ParcelDeskTest;
import org.parceldesk.workflow.EngineClients;
import org.parceldesk.workflow.TaskInputRefused;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The claim forms get what the decision needs at task creation: the evidence list, the assessment
 * and the payout breakdown for the approver, the dispute reason for the reassessor; history keeps
 * none of it, and a client cannot send it back.
 */
@ParcelDeskTest
class ClaimFormContextTest {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final String DISPUTE = "金额太低，发票显示 800 元";
    private static final String NOTE = "外箱压痕明显，内件缺失";

    @Autowired ClaimService claims;
    @Autowired EvidenceStore evidenceStore;
    @Autowired ShipmentRepository shipments;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired FormService forms;
    @Autowired IdentityService identity;
    @Autowired HistoryService history;

    @BeforeEach
    void atAFixedTime() {
        EngineClock.setNow(NOW);
    }

    @AfterEach
    void reset() {
        identity.clearAuthentication();
        EngineClock.reset();
    }

    @Test
    void approverSeesEvidenceAssessmentAndBreakdownAndTheReassessorTheDisputeReason() {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, NOW, 10, "12.00", "1000.00");
        String caseNo = claims.registerWithEvidence(ClaimFixtures.portalClaim(parcel.waybillNo()), List.of(
                upload("破损照片.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}))).getCaseNo();
        assertThat((String) context(caseNo, "Task_CollectEvidence").get("factEvidence")).contains("破损照片.png")
                .doesNotContain("购物发票.pdf");
        // the customer adds a file on the portal while the task is open: the open task lists it at once
        evidenceStore.store(caseNo, List.of(upload("购物发票.pdf", "%PDF-1.4 invoice".getBytes(StandardCharsets.US_ASCII))));

        Map<String, Object> collect = context(caseNo, "Task_CollectEvidence");
        assertThat((String) collect.get("factEvidence")).contains("破损照片.png", "image/png", "购物发票.pdf", "application/pdf")
                .startsWith("- ");
        assertThat((String) collect.get("factReported")).contains("丢失 LOSS");
        assertThat(collect).containsEntry("factWaybillNo", parcel.waybillNo()).doesNotContainKeys("factBreakdown");

        completeAs("lp-handler", "claims-handler", caseNo, "Task_CollectEvidence", Map.of("evidenceComplete", true));
        Map<String, Object> assessment = assessment("LOSS", "STATION", "500.00");
        assessment.put("assessmentNote", NOTE);
        completeAs("lp-handler", "claims-handler", caseNo, "Task_AssessClaim", assessment);

        Map<String, Object> approve = context(caseNo, "Task_ApprovePayout");
        assertThat((String) approve.get("factEvidence")).contains("破损照片.png", "购物发票.pdf");
        assertThat((String) approve.get("factAssessment")).contains("丢失 LOSS", "网点", "500.00 元", "lp-handler", NOTE);
        assertThat((String) approve.get("factBreakdown")).contains("退还运费 Postage refund：12.00 元")
                .contains("合计：512.00 元（规则 LOSS_INSURED）").doesNotContain("Total");
        assertThat(approve).containsEntry("factDisputes", "—").containsEntry("factReturns", "—");

        completeAs("lp-supervisor", "claims-supervisor", caseNo, "Task_ApprovePayout", Map.of("supervisorDecision", "APPROVE"));
        assertThat((String) context(caseNo, "Task_CustomerConfirmation").get("factBreakdown")).contains("512.00");

        claims.dispute(caseNo, ConfirmationChannel.PORTAL, DISPUTE);
        Map<String, Object> reassess = context(caseNo, "Task_AssessClaim");
        assertThat((String) reassess.get("factDisputes")).contains("第 1 轮", "512.00 元", DISPUTE);
        assertThat((String) reassess.get("factEvidence")).contains("购物发票.pdf");

        assertNothingInHistory(caseNo);
    }

    @Test
    void anApproverSendingTheContextBackIsRefused() {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, NOW, 10, "12.00", "1000.00");
        String caseNo = claims.register(ClaimFixtures.portalClaim(parcel.waybillNo())).getCaseNo();
        completeAs("lp-handler", "claims-handler", caseNo, "Task_CollectEvidence", Map.of("evidenceComplete", true));
        completeAs("lp-handler", "claims-handler", caseNo, "Task_AssessClaim", assessment("LOSS", "STATION", "500.00"));
        Task approve = task(caseNo, "Task_ApprovePayout");

        identity.setAuthentication("lp-supervisor", List.of("claims-supervisor"));
        assertThatThrownBy(() -> EngineClients.asClient(() -> forms.submitTaskForm(approve.getId(),
                Map.of("supervisorDecision", "APPROVE", "factBreakdown", "- 合计 Total：1.00 元"))))
                .isInstanceOfSatisfying(TaskInputRefused.class, e -> assertThat(e.variable()).isEqualTo("factBreakdown"));
        assertThatThrownBy(() -> EngineClients.asClient(() -> tasks.complete(approve.getId(),
                Map.of("supervisorDecision", "APPROVE", "factAssessment", "x"))))
                .isInstanceOf(TaskInputRefused.class);
        identity.clearAuthentication();

        assertThat(task(caseNo, "Task_ApprovePayout").getId()).as("still open").isEqualTo(approve.getId());
        assertThat((String) tasks.getVariableLocal(approve.getId(), "factBreakdown")).contains("512.00");
        assertThat(runtime.getVariables(approve.getProcessInstanceId())).doesNotContainKey("supervisorDecision");
        assertNothingInHistory(caseNo);
    }

    // ---------------------------------------------------------------- helpers

    /** The task's context variables; every one its form shows is there. */
    private Map<String, Object> context(String caseNo, String key) {
        Task task = tasks.createTaskQuery().taskId(task(caseNo, key).getId()).initializeFormKeys().singleResult();
        Map<String, Object> context = tasks.getVariablesLocal(task.getId());
        assertThat(context).as(key + " shows what its form asks for")
                .containsKeys(FormPlaceholders.of(task.getCamundaFormRef().getKey()).toArray(String[]::new));
        return context;
    }

    private void assertNothingInHistory(String caseNo) {
        String processInstanceId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey(ClaimService.PROCESS_KEY).singleResult().getId();
        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).list();
        assertThat(variables).extracting(HistoricVariableInstance::getName).contains("payoutAmount")
                .noneMatch(name -> name.startsWith("fact"));
        assertThat(variables).allSatisfy(v -> assertThat(String.valueOf(v.getValue()))
                .doesNotContain("破损照片", NOTE, DISPUTE, "13800138000"));
        List<HistoricDetail> details = history.createHistoricDetailQuery().processInstanceId(processInstanceId).list();
        assertThat(details).isNotEmpty().allSatisfy(detail -> {
            String name = detail instanceof HistoricVariableUpdate u ? u.getVariableName() : ((HistoricFormField) detail).getFieldId();
            Object value = detail instanceof HistoricVariableUpdate u ? u.getValue() : ((HistoricFormField) detail).getFieldValue();
            assertThat(name).doesNotStartWith("fact");
            assertThat(String.valueOf(value)).doesNotContain("破损照片", NOTE, DISPUTE, "13800138000");
        });
    }

    private static EvidenceStore.Upload upload(String name, byte[] content) {
        return new EvidenceStore.Upload(name, content.length, () -> new ByteArrayInputStream(content));
    }

    private static Map<String, Object> assessment(String lossType, String party, String actualLoss) {
        return new HashMap<>(ClaimProcessTest.assessment(lossType, party, actualLoss));
    }

    private Task task(String caseNo, String key) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(key).singleResult();
        assertThat(task).as("task " + key + " of " + caseNo).isNotNull();
        return task;
    }

    private void completeAs(String user, String group, String caseNo, String key, Map<String, Object> variables) {
        identity.setAuthentication(user, List.of(group));
        try {
            tasks.complete(task(caseNo, key).getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }
}
