package org.parceldesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** Every path of claim-compensation, driven through the engine as the people in it would. */
@ParcelDeskTest
class ClaimProcessTest {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final String HANDLER = "lp-handler";
    static final String OTHER_HANDLER = "lp-handler-2";
    static final String SUPERVISOR = "lp-supervisor";
    static final String MANAGER = "lp-manager";

    @Autowired ClaimService claims;
    @Autowired ClaimRepository claimRepository;
    @Autowired PaymentRepository payments;
    @Autowired ChargebackRepository chargebacks;
    @Autowired ShipmentRepository shipments;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
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
    void smallPayoutIsApprovedAutomaticallyAndPaidOnceTheCustomerAccepts() {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, NOW, 10, "12.00", null);
        String caseNo = claims.register(ClaimFixtures.portalClaim(parcel.waybillNo())).getCaseNo();
        ProcessInstance pi = instance(caseNo);
        assertThat(pi).isWaitingAt("Task_CollectEvidence");
        assertThat(claim(caseNo).getStatus()).isEqualTo(ClaimStatus.COLLECTING_EVIDENCE);

        completeAs(HANDLER, "claims-handler", caseNo, "Task_CollectEvidence", Map.of("evidenceComplete", true));
        completeAs(HANDLER, "claims-handler", caseNo, "Task_AssessClaim", assessment("LOSS", "SORTING_CENTER", "30.00"));

        assertThat(pi).isWaitingAt("Task_CustomerConfirmation");
        Claim offered = claim(caseNo);
        assertThat(offered.getStatus()).isEqualTo(ClaimStatus.OFFERED);
        assertThat(offered.getPayoutAmount()).isEqualByComparingTo("42.00");
        assertThat(offered.getPayoutRuleCode()).isEqualTo("LOSS_UNINSURED");
        assertThat(offered.getApprovalLevel()).isEqualTo(ApprovalStep.AUTO);
        assertThat(offered.getApprovals()).extracting(ClaimApproval::getStep).containsExactly(ApprovalStep.AUTO);

        claims.accept(caseNo, ConfirmationChannel.PORTAL);
        executePaymentJob(pi);

        assertThat(pi).isEnded();
        assertThat(claim(caseNo).getStatus()).isEqualTo(ClaimStatus.SETTLED);
        assertThat(payments.findByClaimCaseNo(caseNo)).get().extracting(p -> p.getAmount().amount())
                .isEqualTo(new BigDecimal("42.00"));
        assertThat(chargebacks.findByClaimCaseNo(caseNo)).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    static Map<String, Object> assessment(String lossType, String party, String actualLoss) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("lossType", lossType);
        variables.put("responsibleParty", party);
        variables.put("actualLoss", actualLoss == null ? null : Double.valueOf(actualLoss));
        variables.put("wrongRecipientDetails", false);
        return variables;
    }

    Claim claim(String caseNo) {
        return claimRepository.findByCaseNo(caseNo).orElseThrow();
    }

    ProcessInstance instance(String caseNo) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey(ClaimService.PROCESS_KEY).singleResult();
    }

    Task task(String caseNo, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(key).singleResult();
    }

    void completeAs(String user, String group, String caseNo, String key, Map<String, Object> variables) {
        Task task = task(caseNo, key);
        assertThat(task).as("task " + key + " of " + caseNo).isNotNull();
        identity.setAuthentication(user, List.of(group));
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    void executePaymentJob(ProcessInstance pi) {
        Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId("Task_RecordPayment").singleResult();
        assertThat(job).as("payment job").isNotNull();
        management.executeJob(job.getId());
    }
}
