package org.parceldesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.parceldesk.testing.TransientFaults;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A delegate that fails for a while (the payment step, as if the payment provider were down):
 * the shipped model's async continuation is retried on the configured cycle
 * ({@code failedJobRetryTimeCycle}), then becomes an incident — the data Cockpit shows — and after
 * the fix an operator's "retry" (set retries) pays the customer exactly once and the claim goes on.
 */
@ParcelDeskTest
class ClaimPaymentRetryTest {

    private static final Instant NOW = Instant.parse("2026-03-09T02:00:00Z");
    private static final String PAYMENT = "claimPayment";

    @Autowired ClaimService claims;
    @Autowired ClaimRepository claimRepository;
    @Autowired PaymentRepository payments;
    @Autowired ShipmentRepository shipments;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired IdentityService identity;
    @Autowired ProcessEngineConfigurationImpl engineConfiguration;

    @BeforeEach
    void atAFixedTime() {
        EngineClock.setNow(NOW);
    }

    @AfterEach
    void reset() {
        TransientFaults.repair(PAYMENT);
        identity.clearAuthentication();
        EngineClock.reset();
    }

    @Test
    void aFailingPaymentIsRetriedOnTheCycleThenAnIncidentThenPaidOnceAfterTheFix() {
        RetryCycle cycle = RetryCycle.parse(engineConfiguration.getFailedJobRetryTimeCycle());
        String caseNo = acceptedClaim();
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey(ClaimService.PROCESS_KEY).singleResult();
        Job payment = paymentJob(pi);
        assertThat(payment).as("the payment waits behind its async continuation").isNotNull();

        // more failures than the cycle allows attempts
        TransientFaults.arm(PAYMENT, cycle.attempts() + 10);
        int attempts = 0;
        while (payment.getRetries() > 0 && attempts <= cycle.attempts() + 1) {
            if (payment.getDuedate() != null && payment.getDuedate().after(ClockUtil.getCurrentTime())) {
                EngineClock.setNow(payment.getDuedate().toInstant());
            }
            Instant failedAt = ClockUtil.now().toInstant();
            String jobId = payment.getId();
            assertThatThrownBy(() -> management.executeJob(jobId)).hasStackTraceContaining("injected transient fault");
            attempts++;
            payment = paymentJob(pi);
            if (payment.getRetries() > 0) {
                assertThat(payment.getDuedate().toInstant()).as("retry %d waits the configured interval", attempts)
                        .isEqualTo(failedAt.plus(cycle.interval()));
                assertThat(management.createJobQuery().jobId(jobId).executable().count())
                        .as("not due again before the interval").isZero();
            }
            assertThat(payments.findByClaimCaseNo(caseNo)).as("a failed attempt pays nothing").isEmpty();
        }
        System.out.printf("TRANSIENT DELEGATE FAILURE: cycle %s, %d attempts before the incident, %d delegate calls%n",
                engineConfiguration.getFailedJobRetryTimeCycle(), attempts, TransientFaults.calls(PAYMENT));
        assertThat(attempts).as("attempts on the cycle " + engineConfiguration.getFailedJobRetryTimeCycle())
                .isEqualTo(cycle.attempts());
        assertThat(TransientFaults.calls(PAYMENT)).isEqualTo(cycle.attempts());

        // what Cockpit shows: one open failed-job incident on the payment step, with the cause
        Incident incident = runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident).as("incident after the last retry").isNotNull();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo("Task_RecordPayment");
        assertThat(incident.getConfiguration()).isEqualTo(payment.getId());
        assertThat(incident.getIncidentMessage()).contains("injected transient fault");
        assertThat(management.getJobExceptionStacktrace(payment.getId())).contains("injected transient fault");
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isOne();
        EngineClock.setNow(ClockUtil.now().toInstant().plus(Duration.ofDays(1)));
        assertThat(management.createJobQuery().jobId(payment.getId()).executable().count())
                .as("no further attempt by itself").isZero();
        assertThat(claimRepository.findByCaseNo(caseNo).orElseThrow().getStatus()).isNotEqualTo(ClaimStatus.SETTLED);
        assertThat(pi).isNotEnded();

        // the provider is back; the operator retries the incident (Cockpit: "retry" = set retries)
        TransientFaults.repair(PAYMENT);
        management.setJobRetries(payment.getId(), 1);
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).as("resolved by the retry").isZero();
        HistoricIncident recorded = history.createHistoricIncidentQuery().incidentId(incident.getId()).singleResult();
        assertThat(recorded.isResolved()).isTrue();
        management.executeJob(payment.getId());
        Job recovery = management.createJobQuery().processInstanceId(pi.getId()).activityId("Task_StartRecovery").singleResult();
        if (recovery != null) {
            management.executeJob(recovery.getId());
        }

        assertThat(payments.findByClaimCaseNo(caseNo)).as("paid once").isPresent();
        assertThat(payments.findAll().stream().filter(p -> caseNo.equals(p.getClaimCaseNo())).count()).isOne();
        assertThat(claimRepository.findByCaseNo(caseNo).orElseThrow().getStatus()).isEqualTo(ClaimStatus.SETTLED);
        assertThat(pi).isEnded();
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    /** A small lost-parcel claim, approved automatically and accepted by the customer: the payment is next. */
    private String acceptedClaim() {
        var parcel = ClaimFixtures.lostParcel(shipments, NOW, 10, "12.00", null);
        String caseNo = claims.register(ClaimFixtures.portalClaim(parcel.waybillNo())).getCaseNo();
        complete(caseNo, "Task_CollectEvidence", Map.of("evidenceComplete", true));
        complete(caseNo, "Task_AssessClaim", ClaimProcessTest.assessment("LOSS", "SORTING_CENTER", "30.00"));
        claims.accept(caseNo, ConfirmationChannel.PORTAL);
        return caseNo;
    }

    private void complete(String caseNo, String key, Map<String, Object> variables) {
        var task = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(key).singleResult();
        assertThat(task).as("task " + key).isNotNull();
        identity.setAuthentication("lp-handler", List.of("claims-handler"));
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    private Job paymentJob(ProcessInstance pi) {
        return management.createJobQuery().processInstanceId(pi.getId()).activityId("Task_RecordPayment").singleResult();
    }

    /** {@code R<n>/<ISO duration>}: n attempts in all, this far apart. */
    record RetryCycle(int attempts, Duration interval) {
        static RetryCycle parse(String cycle) {
            Matcher m = Pattern.compile("R(\\d+)/(P.+)").matcher(cycle);
            if (!m.matches()) {
                throw new IllegalStateException("unexpected failedJobRetryTimeCycle: " + cycle);
            }
            return new RetryCycle(Integer.parseInt(m.group(1)), Duration.parse(m.group(2)));
        }
    }
}
