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
import org.parceldesk.common.StepRefused;
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
    @Autowired RecoveryRepository recoveries;
    @Autowired ShipmentRepository shipments;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired HistoryService history;
    @Autowired org.camunda.bpm.engine.RepositoryService repository;
    @Autowired org.springframework.modulith.events.IncompleteEventPublications incompletePublications;
    @Autowired org.camunda.bpm.engine.FormService forms;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engineConfiguration;

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
        assertThat(customerNotices(caseNo)).containsExactly("claim-evidence-request", "claim-offer", "claim-payment");
    }


    @Test
    void aCustomerWithOnlyAMobileNumberIsToldBySmsAndOneWithALandlineByPhone() {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, NOW, 10, "12.00", null);
        String caseNo = claims.register(new NewClaim(ClaimOrigin.PORTAL, null, parcel.waybillNo(),
                new CustomerContact("短信客户", "+86 138-0013-8000", null), "包裹丢失", LossType.LOSS, null)).getCaseNo();

        assertThat(jdbc.queryForList("select channel, recipient, template from notification_outbox where case_no = ?", caseNo))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("CHANNEL")).isEqualTo("SMS");
                    assertThat(row.get("RECIPIENT")).isEqualTo("13800138000");
                    assertThat(row.get("TEMPLATE")).isEqualTo("claim-evidence-request");
                });

        ShipmentSnapshot other = ClaimFixtures.lostParcel(shipments, NOW, 10, "12.00", null);
        String landline = claims.register(new NewClaim(ClaimOrigin.PORTAL, null, other.waybillNo(),
                new CustomerContact("座机客户", "010-62345678", null), "包裹丢失", LossType.LOSS, null)).getCaseNo();
        assertThat(customerNotices(landline)).isEmpty();
    }

    @Test
    void supervisorApprovesAMiddlePayoutAndAnInsuredClaimGoesToInsuranceRecovery() {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, NOW, 10, "12.00", "1000.00");
        String caseNo = claims.register(ClaimFixtures.portalClaim(parcel.waybillNo())).getCaseNo();
        ProcessInstance pi = instance(caseNo);
        completeAs(HANDLER, "claims-handler", caseNo, "Task_CollectEvidence", Map.of("evidenceComplete", true));
        completeAs(HANDLER, "claims-handler", caseNo, "Task_AssessClaim", assessment("LOSS", "STATION", "500.00"));

        assertThat(pi).isWaitingAt("Task_ApprovePayout");
        assertThat(task(caseNo, "Task_ApprovePayout")).satisfies(t -> assertThat(tasks.getIdentityLinksForTask(t.getId()))
                .anyMatch(link -> "claims-supervisor".equals(link.getGroupId())));
        assertThat(claim(caseNo).getStatus()).isEqualTo(ClaimStatus.AWAITING_APPROVAL);
        assertThat(claim(caseNo).getApprovalLevel()).isEqualTo(ApprovalStep.SUPERVISOR);
        Map<String, Object> shown = runtime.getVariables(pi.getId());
        assertThat(shown).containsEntry("payoutAmount", "512.00").containsEntry("payoutRuleCode", "LOSS_INSURED");
        assertThat((String) shown.get("payoutBreakdown")).contains("退还运费 Postage refund：12.00 元")
                .contains("500.00 元").contains("512.00");

        try (java.io.InputStream form = forms.getDeployedTaskForm(task(caseNo, "Task_ApprovePayout").getId())) {
            assertThat(new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .as("the deployed approval form").contains("\"payoutBreakdown\"").contains("\"payoutRuleCode\"");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        completeAs(SUPERVISOR, "claims-supervisor", caseNo, "Task_ApprovePayout", Map.of("supervisorDecision", "APPROVE"));
        assertThat(pi).isWaitingAt("Task_CustomerConfirmation");
        claims.accept(caseNo, ConfirmationChannel.PORTAL);
        executePaymentJob(pi);

        assertThat(pi).isWaitingAt("Task_InsuranceRecovery");
        assertThat(claim(caseNo).getStatus()).isEqualTo(ClaimStatus.SETTLED);
        assertThat(claim(caseNo).getApprovals()).extracting(ClaimApproval::getStep, ClaimApproval::getApprover)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ApprovalStep.SUPERVISOR, SUPERVISOR));
        Chargeback chargeback = chargebacks.findByClaimCaseNo(caseNo).orElseThrow();
        assertThat(chargeback.getStationCode()).isEqualTo(ClaimFixtures.DESTINATION_STATION);
        assertThat(chargeback.getAmount().amount()).isEqualByComparingTo("512.00");
        assertThat(claim(caseNo).getViolationCaseNo()).as("a station, not a courier, was responsible").isNull();

        completeAs(OTHER_HANDLER, "claims-handler", caseNo, "Task_InsuranceRecovery", Map.of(
                "recoveryCounterparty", "INSURER", "recoveredAmount", 500.0, "recoveryReference", "INS-1"));
        assertThat(pi).isEnded();
        assertThat(recoveries.findByClaimCaseNo(caseNo)).get().satisfies(r -> {
            assertThat(r.getCounterparty()).isEqualTo(RecoveryCounterparty.INSURER);
            assertThat(r.getAmount().amount()).isEqualByComparingTo("500.00");
            assertThat(r.getRecordedBy()).isEqualTo(OTHER_HANDLER);
        });
    }

    @Test
    void aLargePayoutNeedsTheManagerAfterTheSupervisorAndACourierIsChargedBackAndReported() {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, NOW, 10, "20.00", "5000.00");
        String caseNo = claims.register(ClaimFixtures.portalClaim(parcel.waybillNo())).getCaseNo();
        ProcessInstance pi = instance(caseNo);
        completeAs(HANDLER, "claims-handler", caseNo, "Task_CollectEvidence", Map.of("evidenceComplete", true));
        completeAs(HANDLER, "claims-handler", caseNo, "Task_AssessClaim", assessment("LOSS", "COURIER", "3000.00"));

        assertThat(claim(caseNo).getApprovalLevel()).isEqualTo(ApprovalStep.MANAGER);
        completeAs(SUPERVISOR, "claims-supervisor", caseNo, "Task_ApprovePayout", Map.of("supervisorDecision", "APPROVE"));
        assertThat(pi).isWaitingAt("Task_ApprovePayoutManager");
        assertThat(tasks.getIdentityLinksForTask(task(caseNo, "Task_ApprovePayoutManager").getId()))
                .anyMatch(link -> "claims-manager".equals(link.getGroupId()));
        completeAs(MANAGER, "claims-manager", caseNo, "Task_ApprovePayoutManager", Map.of("managerDecision", "APPROVE"));

        assertThat(pi).isWaitingAt("Task_CustomerConfirmation");
        assertThat(claim(caseNo).getApprovals()).extracting(ClaimApproval::getStep)
                .containsExactly(ApprovalStep.SUPERVISOR, ApprovalStep.MANAGER);
        claims.accept(caseNo, ConfirmationChannel.PORTAL);
        executePaymentJob(pi);

        assertThat(payments.findByClaimCaseNo(caseNo)).get().extracting(p -> p.getAmount().amount())
                .isEqualTo(new BigDecimal("3020.00"));
        Chargeback chargeback = chargebacks.findByClaimCaseNo(caseNo).orElseThrow();
        assertThat(chargeback.getStationCode()).as("the courier's own station").isEqualTo(ClaimFixtures.COURIER_STATION);
        assertThat(chargeback.getResponsibleParty()).isEqualTo(org.parceldesk.common.ResponsibleParty.COURIER);
        assertThat(chargeback.getAmount().amount()).isEqualByComparingTo("3020.00");
        assertViolationLinked(caseNo, chargeback);
        assertThat(pi).isWaitingAt("Task_InsuranceRecovery");

        // the claim's own timeline: every step, who did it, in order (decision 0018)
        List<ClaimEvent> timeline = claim(caseNo).getEvents();
        assertThat(timeline).extracting(ClaimEvent::getType).containsSubsequence(ClaimEventType.REGISTERED,
                ClaimEventType.ASSESSED, ClaimEventType.PAYOUT_CALCULATED, ClaimEventType.APPROVED, ClaimEventType.APPROVED,
                ClaimEventType.OFFERED, ClaimEventType.ACCEPTED, ClaimEventType.PAID, ClaimEventType.CLOSED)
                .contains(ClaimEventType.VIOLATION_LINKED);
        assertThat(timeline).filteredOn(e -> e.getType() == ClaimEventType.APPROVED).extracting(ClaimEvent::getActor)
                .containsExactly(SUPERVISOR, MANAGER);
        assertThat(timeline).filteredOn(e -> e.getType() == ClaimEventType.ASSESSED).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo(HANDLER));
        assertThat(timeline).filteredOn(e -> e.getType() == ClaimEventType.PAID).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).startsWith("3020.00"));
    }

    /**
     * Demo couriers C0009 (SUSPENDED) and C0010 (LEFT): the violation module refuses a report on them.
     * The customer is paid and the claim closed in the payment's own transaction; recovery runs after
     * that commit, charges the station back and keeps the refusal on the claim instead of undoing anything.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"C0009, SUSPENDED", "C0010, LEFT"})
    void aCustomerIsPaidAndTheClaimClosedWhenTheResponsibleCourierCannotBeReported(String courierNo, String status) {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcelOf(shipments, NOW, courierNo, "12.00");
        String caseNo = claims.register(ClaimFixtures.portalClaim(parcel.waybillNo())).getCaseNo();
        ProcessInstance pi = instance(caseNo);
        completeAs(HANDLER, "claims-handler", caseNo, "Task_CollectEvidence", Map.of("evidenceComplete", true));
        completeAs(HANDLER, "claims-handler", caseNo, "Task_AssessClaim", assessment("LOSS", "COURIER", "30.00"));
        claims.accept(caseNo, ConfirmationChannel.PORTAL);

        Job payment = management.createJobQuery().processInstanceId(pi.getId()).activityId("Task_RecordPayment").singleResult();
        management.executeJob(payment.getId());

        // committed: paid and closed, before recovery has even started
        assertThat(payments.findByClaimCaseNo(caseNo)).get().extracting(p -> p.getAmount().amount())
                .isEqualTo(new BigDecimal("42.00"));
        assertThat(claim(caseNo).getStatus()).isEqualTo(ClaimStatus.SETTLED);
        Job recovery = management.createJobQuery().processInstanceId(pi.getId()).activityId("Task_StartRecovery").singleResult();
        assertThat(recovery).as("recovery waits as a job of its own").isNotNull();

        management.executeJob(recovery.getId());

        Claim settled = claim(caseNo);
        assertThat(settled.getStatus()).isEqualTo(ClaimStatus.SETTLED);
        assertThat(settled.getViolationCaseNo()).isNull();
        assertThat(settled.getViolationRefusal()).as("the refusal stays visible on the claim").contains(courierNo, status);
        assertThat(chargebacks.findByClaimCaseNo(caseNo)).as("the station is still charged back").isPresent();
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(pi).isEnded();
        assertThat(jdbc.queryForObject("select count(*) from violation where source_case_no = ?", Long.class, caseNo))
                .as("no violation case half-registered").isZero();
    }

    /**
     * The linked violation is the violation module's reaction to the claim's CourierHeldResponsible event,
     * after the recovery step committed. When that reaction fails (here: an operator suspended the
     * courier-violation process, so no case can start), the payment, closure and chargeback stand, the
     * event publication stays incomplete in the database, and handing it to the listener again once the
     * cause is gone registers and links the violation case.
     */
    @Test
    void aFailingViolationReactionLeavesTheRecoveryCommittedAndCompletesOnRetry() {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, NOW, 10, "12.00", null);
        String caseNo = claims.register(ClaimFixtures.portalClaim(parcel.waybillNo())).getCaseNo();
        ProcessInstance pi = instance(caseNo);
        completeAs(HANDLER, "claims-handler", caseNo, "Task_CollectEvidence", Map.of("evidenceComplete", true));
        completeAs(HANDLER, "claims-handler", caseNo, "Task_AssessClaim", assessment("LOSS", "COURIER", "30.00"));
        claims.accept(caseNo, ConfirmationChannel.PORTAL);

        repository.suspendProcessDefinitionByKey("courier-violation");
        try {
            executePaymentJob(pi);
        } finally {
            repository.activateProcessDefinitionByKey("courier-violation");
        }

        assertThat(claim(caseNo).getStatus()).isEqualTo(ClaimStatus.SETTLED);
        assertThat(chargebacks.findByClaimCaseNo(caseNo)).as("the recovery step committed").isPresent();
        assertThat(pi).isEnded();
        assertThat(claim(caseNo).getViolationCaseNo()).isNull();
        assertThat(claim(caseNo).getViolationRefusal()).as("a failure, not a refusal").isNull();
        assertThat(violationsReportedBy(caseNo)).isZero();
        assertThat(incompletePublicationsOf(caseNo)).as("the reaction is owed").isOne();

        incompletePublications.resubmitIncompletePublications(publication ->
                publication.getEvent() instanceof org.parceldesk.violation.CourierHeldResponsible held
                        && held.sourceCaseNo().equals(caseNo));

        assertThat(violationsReportedBy(caseNo)).isOne();
        assertViolationLinked(caseNo, chargebacks.findByClaimCaseNo(caseNo).orElseThrow());
        assertThat(incompletePublicationsOf(caseNo)).as("completed on retry").isZero();
    }

    long violationsReportedBy(String caseNo) {
        return jdbc.queryForObject("select count(*) from violation where source_case_no = ?", Long.class, caseNo);
    }

    long incompletePublicationsOf(String caseNo) {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null"
                + " and event_type like '%CourierHeldResponsible' and serialized_event like ?", Long.class,
                "%\"" + caseNo + "\"%");
    }

    @Test
    void aSupervisorReturnSendsTheClaimBackToAssessment() {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, NOW, 10, "12.00", "1000.00");
        String caseNo = claims.register(ClaimFixtures.portalClaim(parcel.waybillNo())).getCaseNo();
        ProcessInstance pi = instance(caseNo);
        completeAs(HANDLER, "claims-handler", caseNo, "Task_CollectEvidence", Map.of("evidenceComplete", true));
        completeAs(HANDLER, "claims-handler", caseNo, "Task_AssessClaim", assessment("LOSS", "SORTING_CENTER", "900.00"));

        assertThatThrownBy(() -> completeAs(SUPERVISOR, "claims-supervisor", caseNo, "Task_ApprovePayout",
                Map.of("supervisorDecision", "RETURN")))
                .as("a return without a reason").hasMessageContaining("supervisorNote");
        completeAs(SUPERVISOR, "claims-supervisor", caseNo, "Task_ApprovePayout",
                Map.of("supervisorDecision", "RETURN", "supervisorNote", "发票金额为 150 元"));

        assertThat(pi).isWaitingAt("Task_AssessClaim");
        assertThat(claim(caseNo).getStatus()).isEqualTo(ClaimStatus.ASSESSING);
        completeAs(HANDLER, "claims-handler", caseNo, "Task_AssessClaim", assessment("LOSS", "SORTING_CENTER", "150.00"));

        assertThat(pi).isWaitingAt("Task_CustomerConfirmation");
        Claim claim = claim(caseNo);
        assertThat(claim.getPayoutAmount()).isEqualByComparingTo("162.00");
        assertThat(claim.getAssessments()).hasSize(2);
        assertThat(claim.getApprovals()).extracting(ClaimApproval::getStep, ClaimApproval::getDecision).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ApprovalStep.SUPERVISOR, ApprovalDecision.RETURN),
                org.assertj.core.groups.Tuple.tuple(ApprovalStep.AUTO, ApprovalDecision.APPROVE));
    }

    @Test
    void whoMayWorkAClaimTaskIsOnTheClaimsTimeline() {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, NOW, 10, "12.00", "1000.00");
        String caseNo = claims.register(ClaimFixtures.portalClaim(parcel.waybillNo())).getCaseNo();
        String evidence = task(caseNo, "Task_CollectEvidence").getId();
        identity.setAuthentication(SUPERVISOR, List.of("claims-supervisor"));
        try {
            tasks.setAssignee(evidence, HANDLER);
            tasks.addCandidateUser(evidence, OTHER_HANDLER);
        } finally {
            identity.clearAuthentication();
        }

        List<ClaimEvent> changes = claim(caseNo).getEvents().stream()
                .filter(e -> e.getType() == ClaimEventType.TASK_ACCESS_CHANGED).toList();
        assertThat(changes).as("assigned and a candidate added by the supervisor").hasSize(2)
                .allSatisfy(e -> assertThat(e.getActor()).isEqualTo(SUPERVISOR));
        assertThat(changes.get(0).getDetail()).contains(HANDLER);
        assertThat(changes.get(1).getDetail()).contains(OTHER_HANDLER);
    }

    @Test
    void theAssessorCanNeitherSeeNorClaimNorApproveTheirOwnClaimWhateverTheirGroups() {
        String assessor = "lp-both-hats";
        List<String> bothHats = List.of("claims-handler", "claims-supervisor");
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, NOW, 10, "12.00", "1000.00");
        String caseNo = claims.register(ClaimFixtures.portalClaim(parcel.waybillNo())).getCaseNo();
        completeAs(assessor, "claims-handler", caseNo, "Task_CollectEvidence", Map.of("evidenceComplete", true));
        identity.setAuthentication(assessor, bothHats);
        try {
            tasks.complete(task(caseNo, "Task_AssessClaim").getId(), assessment("LOSS", "SORTING_CENTER", "500.00"));
        } finally {
            identity.clearAuthentication();
        }
        Task approval = task(caseNo, "Task_ApprovePayout");
        assertThat(approval).isNotNull();

        identity.setAuthentication(assessor, bothHats);
        try {
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("Task_ApprovePayout").count())
                    .as("the approval task is hidden from the assessor").isZero();
            assertThatThrownBy(() -> tasks.complete(approval.getId(), Map.of("supervisorDecision", "APPROVE")))
                    .as("completing it is refused").isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
            assertThatThrownBy(() -> tasks.claim(approval.getId(), assessor)).as("claiming it is refused")
                    .isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class);
        } finally {
            identity.clearAuthentication();
        }
        identity.setAuthentication(SUPERVISOR, List.of("claims-supervisor"));
        try {
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("Task_ApprovePayout").count())
                    .as("another supervisor sees it").isOne();
        } finally {
            identity.clearAuthentication();
        }

        // Without authorization checks (an engine run without them, or a superuser), the task listener still refuses.
        identity.setAuthentication(assessor, bothHats);
        engineConfiguration.setAuthorizationEnabled(false);
        try {
            assertThatThrownBy(() -> tasks.complete(approval.getId(), Map.of("supervisorDecision", "APPROVE")))
                    .hasRootCauseInstanceOf(StepRefused.class);
        } finally {
            engineConfiguration.setAuthorizationEnabled(true);
            identity.clearAuthentication();
        }
        assertThatThrownBy(() -> tasks.setAssignee(approval.getId(), assessor)).as("assigning it to the assessor")
                .hasRootCauseInstanceOf(StepRefused.class);
        assertThatThrownBy(() -> tasks.complete(approval.getId(), Map.of("supervisorDecision", "APPROVE")))
                .as("an anonymous approval").hasRootCauseInstanceOf(StepRefused.class);
        assertThat(claim(caseNo).getApprovals()).isEmpty();

        completeAs(SUPERVISOR, "claims-supervisor", caseNo, "Task_ApprovePayout", Map.of("supervisorDecision", "APPROVE"));
        assertThat(claim(caseNo).getApprovals()).extracting(ClaimApproval::getApprover).containsExactly(SUPERVISOR);
    }

    @Test
    void disputesReturnToAssessmentThreeTimesThenTheSupervisorDecides() {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, NOW, 10, "12.00", null);
        String caseNo = claims.register(ClaimFixtures.portalClaim(parcel.waybillNo())).getCaseNo();
        ProcessInstance pi = instance(caseNo);
        completeAs(HANDLER, "claims-handler", caseNo, "Task_CollectEvidence", Map.of("evidenceComplete", true));
        completeAs(HANDLER, "claims-handler", caseNo, "Task_AssessClaim", assessment("LOSS", "SORTING_CENTER", "20.00"));

        for (int round = 1; round <= 3; round++) {
            assertThat(pi).isWaitingAt("Task_CustomerConfirmation");
            claims.dispute(caseNo, ConfirmationChannel.PORTAL, "第 " + round + " 次：金额太低");
            assertThat(pi).as("dispute round " + round).isWaitingAt("Task_AssessClaim");
            completeAs(HANDLER, "claims-handler", caseNo, "Task_AssessClaim", assessment("LOSS", "SORTING_CENTER", "30.00"));
        }
        assertThat(runtime.getVariables(pi.getId())).doesNotContainKey("disputeReason");
        claims.dispute(caseNo, ConfirmationChannel.PORTAL, "第 4 次");

        assertThat(pi).isWaitingAt("Task_ReviewDispute");
        assertThat(tasks.getIdentityLinksForTask(task(caseNo, "Task_ReviewDispute").getId()))
                .anyMatch(link -> "claims-supervisor".equals(link.getGroupId()));
        Claim disputed = claim(caseNo);
        assertThat(disputed.getDisputeRounds()).isEqualTo(4);
        assertThat(disputed.getDisputes()).extracting(ClaimDispute::getReason)
                .containsExactly("第 1 次：金额太低", "第 2 次：金额太低", "第 3 次：金额太低", "第 4 次");
        assertThat(disputed.getDisputes()).allMatch(d -> d.getChannel() == ConfirmationChannel.PORTAL);

        completeAs(SUPERVISOR, "claims-supervisor", caseNo, "Task_ReviewDispute", Map.of("disputeResolution", "CLOSE"));
        assertThat(pi).isEnded();
        assertThat(claim(caseNo).getStatus()).isEqualTo(ClaimStatus.UNRESOLVED);
        assertThat(customerNotices(caseNo)).as("an offer after every assessment, then the closing notice").containsExactly(
                "claim-evidence-request", "claim-offer", "claim-offer", "claim-offer", "claim-offer", "claim-closed");
        assertThat(payments.findByClaimCaseNo(caseNo)).isEmpty();
    }

    @Test
    void aDisputeRecordedByPhoneKeepsTheHandlerAsRecorder() {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, NOW, 10, "12.00", null);
        String caseNo = claims.register(ClaimFixtures.portalClaim(parcel.waybillNo())).getCaseNo();
        completeAs(HANDLER, "claims-handler", caseNo, "Task_CollectEvidence", Map.of("evidenceComplete", true));
        completeAs(HANDLER, "claims-handler", caseNo, "Task_AssessClaim", assessment("LOSS", "SORTING_CENTER", "20.00"));

        completeAs(OTHER_HANDLER, "claims-handler", caseNo, "Task_CustomerConfirmation",
                Map.of("customerDecision", "DISPUTE", "disputeReason", "客户电话表示发票为 36 元"));

        assertThat(claim(caseNo).getDisputes()).singleElement().satisfies(d -> {
            assertThat(d.getChannel()).isEqualTo(ConfirmationChannel.PHONE);
            assertThat(d.getRecordedBy()).isEqualTo(OTHER_HANDLER);
            assertThat(d.getOfferedAmount()).isEqualByComparingTo("32.00");
        });
        assertThat(task(caseNo, "Task_AssessClaim")).isNotNull();
    }

    @Test
    void withoutEvidenceTheCustomerIsRemindedAtThreeDaysAndTheClaimIsAbandonedAtThirty() {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, NOW, 10, "12.00", null);
        String caseNo = claims.register(ClaimFixtures.portalClaim(parcel.waybillNo())).getCaseNo();
        ProcessInstance pi = instance(caseNo);

        EngineClock.setNow(NOW.plus(Duration.ofDays(2)));
        assertThat(dueTimers(pi)).as("nothing due after two days").isEmpty();
        EngineClock.setNow(NOW.plus(Duration.ofDays(3)).plusSeconds(60));
        List<Job> reminders = dueTimers(pi);
        assertThat(reminders).extracting(this::activityOf).containsExactly("Timer_EvidenceReminder");
        reminders.forEach(job -> management.executeJob(job.getId()));
        assertThat(pi).isWaitingAt("Task_CollectEvidence");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId("Task_RemindEvidence").finished().count()).isOne();

        EngineClock.setNow(NOW.plus(Duration.ofDays(30)).plusSeconds(60));
        dueTimers(pi).stream().filter(job -> activityOf(job).equals("Timer_EvidenceAbandoned"))
                .forEach(job -> management.executeJob(job.getId()));

        assertThat(pi).isEnded();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId("End_Abandoned").count()).isOne();
        assertThat(claim(caseNo).getStatus()).isEqualTo(ClaimStatus.ABANDONED);
        assertThat(customerNotices(caseNo)).containsExactly("claim-evidence-request", "claim-evidence-reminder", "claim-abandoned");
        String secondCaseNo = claims.register(ClaimFixtures.portalClaim(parcel.waybillNo())).getCaseNo();
        assertThat(secondCaseNo).as("an abandoned claim frees the waybill").isNotEqualTo(caseNo);
    }

    @Test
    void aClaimFiledMoreThanAYearAfterShippingIsRejectedAsTimeBarred() {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, NOW, 366, "12.00", null);
        String caseNo = claims.register(ClaimFixtures.portalClaim(parcel.waybillNo())).getCaseNo();

        ProcessInstance pi = instance(caseNo);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult()
                .getEndActivityId()).isEqualTo("End_TimeBarred");
        assertThat(pi).isNull();
        Claim claim = claim(caseNo);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.TIME_BARRED);
        assertThat(claim.getClosedAt()).isEqualTo(NOW);
        assertThat(customerNotices(caseNo)).as("the customer is told").containsExactly("claim-time-barred");

        ShipmentSnapshot justInTime = ClaimFixtures.lostParcel(shipments, NOW, 365, "12.00", null);
        String inTime = claims.register(ClaimFixtures.portalClaim(justInTime.waybillNo())).getCaseNo();
        assertThat(instance(inTime)).as("exactly one year is still within the window").isNotNull();
        assertThat(claim(inTime).getStatus()).isEqualTo(ClaimStatus.COLLECTING_EVIDENCE);
    }

    @Test
    void aSecondClaimOnTheSameWaybillIsRefusedNamingTheFirst() {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, NOW, 10, "12.00", null);
        String first = claims.register(ClaimFixtures.portalClaim(parcel.waybillNo())).getCaseNo();

        assertThatThrownBy(() -> claims.register(ClaimFixtures.portalClaim(parcel.waybillNo())))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(problem.properties()).containsEntry("existingCaseNo", first);
                });
        assertThat(claims.openFromComplaint(new ClaimFromComplaint("TS20260302000001", parcel.waybillNo(), "客户", null,
                null, "投诉转理赔", org.parceldesk.common.ResponsibleParty.COURIER)))
                .as("a complaint gets the existing claim back").isEqualTo(first);
        assertThat(claimRepository.findAll().stream().filter(c -> c.getWaybillNo().equals(parcel.waybillNo()))).hasSize(1);
    }

    @Test
    void aComplaintOpensAClaimWithItsCaseNumber() {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, NOW, 10, "12.00", null);
        String caseNo = claims.openFromComplaint(new ClaimFromComplaint("TS20260302000009", parcel.waybillNo(), "客户",
                "13800138000", null, "投诉转理赔", org.parceldesk.common.ResponsibleParty.COURIER));

        Claim claim = claim(caseNo);
        assertThat(claim.getOrigin()).isEqualTo(ClaimOrigin.COMPLAINT);
        assertThat(claim.getComplaintCaseNo()).isEqualTo("TS20260302000009");
        assertThat(instance(caseNo)).isWaitingAt("Task_CollectEvidence");
    }

    @Test
    void anUnansweredOfferIsRemindedOnceAfterThreeDays() {
        String caseNo = offered();
        ProcessInstance pi = instance(caseNo);

        EngineClock.setNow(NOW.plus(Duration.ofDays(3)).minusSeconds(60));
        assertThat(dueTimers(pi)).as("nothing due before three days").isEmpty();
        EngineClock.setNow(NOW.plus(Duration.ofDays(3)).plusSeconds(60));
        List<Job> due = dueTimers(pi);
        assertThat(due).extracting(this::activityOf).containsExactly("Timer_OfferReminder");
        due.forEach(job -> management.executeJob(job.getId()));

        assertThat(pi).isWaitingAt("Task_CustomerConfirmation");
        EngineClock.setNow(NOW.plus(Duration.ofDays(14)).minusSeconds(60));
        assertThat(dueTimers(pi)).as("the reminder does not fire again").isEmpty();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId("Task_RemindOffer").finished().count()).isOne();
        assertThat(customerNotices(caseNo)).containsExactly("claim-evidence-request", "claim-offer", "claim-offer-reminder");
        assertThat(claim(caseNo).getStatus()).isEqualTo(ClaimStatus.OFFERED);
    }

    @Test
    void anOfferNotAnsweredInFourteenDaysGoesToTheClaimsSupervisor() {
        String caseNo = offered();
        ProcessInstance pi = instance(caseNo);

        EngineClock.setNow(NOW.plus(Duration.ofDays(14)).plusSeconds(60));
        List<String> due = dueTimers(pi).stream().map(this::activityOf).sorted().toList();
        assertThat(due).containsExactly("Timer_OfferExpired", "Timer_OfferReminder");
        management.executeJob(timer(pi, "Timer_OfferReminder").getId());
        management.executeJob(timer(pi, "Timer_OfferExpired").getId());

        assertThat(pi).isWaitingAt("Task_ReviewDispute");
        assertThat(pi).hasPassed("Task_RecordOfferUnanswered");
        assertThat(tasks.getIdentityLinksForTask(task(caseNo, "Task_ReviewDispute").getId()))
                .anyMatch(link -> "claims-supervisor".equals(link.getGroupId()));
        assertThat(task(caseNo, "Task_CustomerConfirmation")).as("the offer is no longer open").isNull();
        assertThat(runtime.getVariables(pi.getId())).containsEntry("offerUnanswered", true);
        assertThat(claim(caseNo).getDisputes()).as("no answer is not a dispute").isEmpty();
        assertThatThrownBy(() -> claims.accept(caseNo, ConfirmationChannel.PORTAL))
                .as("a late answer from the portal").isInstanceOf(ApiProblem.class);

        completeAs(SUPERVISOR, "claims-supervisor", caseNo, "Task_ReviewDispute", Map.of("disputeResolution", "CLOSE"));
        assertThat(pi).isEnded();
        Claim closed = claim(caseNo);
        assertThat(closed.getStatus()).isEqualTo(ClaimStatus.UNRESOLVED);
        assertThat(closed.getCloseReason()).isEqualTo("OFFER_UNANSWERED");
        assertThat(customerNotices(caseNo)).containsExactly(
                "claim-evidence-request", "claim-offer", "claim-offer-reminder", "claim-closed");
    }

    @Test
    void anAnswerBeforeTheDeadlineCancelsReminderAndExpiryAndANewOfferStartsThemAfresh() {
        String caseNo = offered();
        ProcessInstance pi = instance(caseNo);
        assertThat(offerTimers(pi)).extracting(this::activityOf)
                .containsExactlyInAnyOrder("Timer_OfferReminder", "Timer_OfferExpired");

        Instant disputedAt = NOW.plus(Duration.ofDays(2));
        EngineClock.setNow(disputedAt);
        claims.dispute(caseNo, ConfirmationChannel.PORTAL, "金额太低");
        assertThat(pi).isWaitingAt("Task_AssessClaim");
        assertThat(offerTimers(pi)).as("a dispute cancels both").isEmpty();

        completeAs(HANDLER, "claims-handler", caseNo, "Task_AssessClaim", assessment("LOSS", "SORTING_CENTER", "30.00"));
        assertThat(pi).isWaitingAt("Task_CustomerConfirmation");
        assertThat(timer(pi, "Timer_OfferReminder").getDuedate())
                .isEqualTo(java.util.Date.from(disputedAt.plus(Duration.ofDays(3))));
        assertThat(timer(pi, "Timer_OfferExpired").getDuedate())
                .isEqualTo(java.util.Date.from(disputedAt.plus(Duration.ofDays(14))));

        EngineClock.setNow(disputedAt.plus(Duration.ofDays(1)));
        claims.accept(caseNo, ConfirmationChannel.PORTAL);
        assertThat(offerTimers(pi)).as("an acceptance cancels both").isEmpty();
        executePaymentJob(pi);
        assertThat(pi).isEnded();

        EngineClock.setNow(NOW.plus(Duration.ofDays(20)));
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(claim(caseNo).getStatus()).isEqualTo(ClaimStatus.SETTLED);
        assertThat(customerNotices(caseNo)).doesNotContain("claim-offer-reminder");
    }

    @Test
    void theSettlementSlaWarnsAndBreachesWhileTheClaimIsOpen() {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, NOW, 10, "12.00", null);
        String caseNo = claims.register(ClaimFixtures.portalClaim(parcel.waybillNo())).getCaseNo();
        ProcessInstance pi = instance(caseNo);
        completeAs(HANDLER, "claims-handler", caseNo, "Task_CollectEvidence", Map.of("evidenceComplete", true));

        EngineClock.setNow(NOW.plus(Duration.ofDays(31)));
        List<String> fired = dueTimers(pi).stream().map(this::activityOf).sorted().toList();
        // the settlement's boundary timers, and the assessment task's own warning and breach (claim-assessment,
        // 5 days: timeout listeners on the task)
        assertThat(fired).containsExactly("Task_AssessClaim", "Task_AssessClaim", "Timer_SettlementBreach",
                "Timer_SettlementWarning");
        dueTimers(pi).forEach(job -> management.executeJob(job.getId()));

        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId("Task_SettlementBreach").finished().count()).isOne();
        assertThat(pi).isWaitingAt("Task_AssessClaim");
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


    /** A claim waiting for the customer's answer to its first offer, made at {@code NOW}. */
    String offered() {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, NOW, 10, "12.00", null);
        String caseNo = claims.register(ClaimFixtures.portalClaim(parcel.waybillNo())).getCaseNo();
        completeAs(HANDLER, "claims-handler", caseNo, "Task_CollectEvidence", Map.of("evidenceComplete", true));
        completeAs(HANDLER, "claims-handler", caseNo, "Task_AssessClaim", assessment("LOSS", "SORTING_CENTER", "20.00"));
        assertThat(instance(caseNo)).isWaitingAt("Task_CustomerConfirmation");
        return caseNo;
    }

    Job timer(ProcessInstance pi, String activityId) {
        return management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId).singleResult();
    }

    List<Job> offerTimers(ProcessInstance pi) {
        return management.createJobQuery().processInstanceId(pi.getId()).timers().list().stream()
                .filter(job -> activityOf(job).startsWith("Timer_Offer")).toList();
    }

    List<Job> dueTimers(ProcessInstance pi) {
        return management.createJobQuery().processInstanceId(pi.getId()).timers()
                .duedateLowerThan(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()).list();
    }

    String activityOf(Job job) {
        return management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
    }

    /**
     * The courier's violation case: registered through {@code ViolationIntake} and linked from the claim
     * and the chargeback.
     */
    void assertViolationLinked(String caseNo, Chargeback chargeback) {
        String violationCaseNo = claim(caseNo).getViolationCaseNo();
        assertThat(chargeback.getViolationCaseNo()).isEqualTo(violationCaseNo);
        assertThat(violationCaseNo).as("linked violation case").isNotNull().startsWith("WG");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(violationCaseNo).count())
                .as("the violation case's process").isOne();
    }

    /** What the customer was told: the outbox rows of the case, oldest first. */
    List<String> customerNotices(String caseNo) {
        return jdbc.queryForList("select template from notification_outbox where case_no = ? and template like 'claim-%' order by id",
                String.class, caseNo);
    }

    void executePaymentJob(ProcessInstance pi) {
        Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId("Task_RecordPayment").singleResult();
        assertThat(job).as("payment job").isNotNull();
        management.executeJob(job.getId());
        // recovery (chargeback, linked violation) is a step of its own after the payment's commit
        Job recovery = management.createJobQuery().processInstanceId(pi.getId()).activityId("Task_StartRecovery").singleResult();
        if (recovery != null) {
            management.executeJob(recovery.getId());
        }
    }
}
