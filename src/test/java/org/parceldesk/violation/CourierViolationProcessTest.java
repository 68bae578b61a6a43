package org.parceldesk.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.common.Money;
import org.parceldesk.common.StepRefused;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of {@code courier-violation.bpmn}, driven as the people involved would, through the engine. */
@ParcelDeskTest
class CourierViolationProcessTest {

    private static final Instant MONDAY = Instant.parse("2026-03-09T02:00:00Z");

    @Autowired
    ProcessEngine engine;
    @Autowired
    StationRepository stations;
    @Autowired
    CourierRepository couriers;
    @Autowired
    ViolationRegistration registration;
    @Autowired
    ViolationRepository violations;
    @Autowired
    CourierLedger ledger;
    @Autowired
    JdbcTemplate jdbc;

    ViolationFixtures fixtures;
    Station station;
    Courier courier;
    String inspector;
    String secondInspector;
    String supervisor;

    @BeforeEach
    void setUp() {
        EngineClock.setNow(MONDAY);
        fixtures = new ViolationFixtures(engine, stations, couriers, registration);
        station = fixtures.station();
        courier = fixtures.courier(station);
        inspector = fixtures.inspector();
        secondInspector = fixtures.inspector();
        supervisor = fixtures.supervisor();
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void upheldWarningAcceptedByTheCourierIsBookedAndClosed() {
        String caseNo = fixtures.register(courier, ViolationType.RUDE);
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_CourierStatement")
                .variables().containsEntry("caseNo", caseNo).containsEntry("courierNo", courier.getEmployeeNo());

        fixtures.statement(caseNo, courier.getUserId());
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_ReviewDecide")
                .variables().doesNotContainKey("statementText");
        fixtures.decide(caseNo, inspector, ViolationDecision.UPHELD, Severity.MINOR);
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_StationApproval")
                .variables().containsEntry("priorUpheld90d", 0).containsEntry("penaltyMeasure", "WARNING")
                .containsEntry("needsSupervisorApproval", false).doesNotContainKey("decisionReason");
        fixtures.stationApproval(caseNo, station.getManagerUserId(), true);
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_Appeal");
        fixtures.acceptDecision(caseNo, courier.getUserId());

        assertThat(fixtures.history(caseNo).getEndActivityId()).isEqualTo("EndEvent_Closed");
        assertThat(passed(caseNo)).doesNotContain("Task_SupervisorApproval", "Task_ReviewAppeal", "Task_SuspensionReview");
        Violation violation = violation(caseNo);
        assertThat(violation.getStatus()).isEqualTo(ViolationStatus.CLOSED);
        assertThat(violation.getOutcome()).isEqualTo(ViolationOutcome.UPHELD);
        assertThat(violation.penalty()).isEqualTo(Penalty.warning(1));
        assertThat(violation.getStatementText()).isEqualTo("当天客户不在家,已电话联系");
        assertThat(violation.getStatementBy()).isEqualTo(courier.getUserId());
        assertThat(violation.getDecidedBy()).isEqualTo(inspector);
        assertThat(violation.getStationApprovedBy()).isEqualTo(station.getManagerUserId());
        assertThat(violation.getAppealDeadline()).isEqualTo(MONDAY.plus(Duration.ofDays(7)));
        assertThat(events(violation)).containsSubsequence(ViolationEventType.REGISTERED, ViolationEventType.NOTIFIED,
                ViolationEventType.STATEMENT_GIVEN, ViolationEventType.DECIDED, ViolationEventType.PENALTY_PROPOSED,
                ViolationEventType.APPROVED, ViolationEventType.APPEAL_WINDOW_OPENED, ViolationEventType.APPEAL_WAIVED,
                ViolationEventType.LEDGER_BOOKED, ViolationEventType.CLOSED);
        CourierLedgerView view = ledger.view(courier.getEmployeeNo());
        assertThat(view.points()).isEqualTo(1);
        assertThat(view.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.caseNo()).isEqualTo(caseNo);
            assertThat(entry.measure()).isEqualTo("WARNING");
            assertThat(entry.countsNow()).isTrue();
        });
    }

    @Test
    void withoutAStatementInThreeDaysTheCaseGoesToTheInspector() {
        String caseNo = fixtures.register(courier, ViolationType.LATE_NO_NOTICE);

        fixtures.runJobsDueBy(caseNo, MONDAY.plus(Duration.ofDays(3)).minusSeconds(60));
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_CourierStatement");

        fixtures.runJobsDueBy(caseNo, MONDAY.plus(Duration.ofDays(3)));
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_ReviewDecide");
        assertThat(passed(caseNo)).contains("Timer_StatementDue", "Task_RecordMissingStatement");
        Violation violation = violation(caseNo);
        assertThat(violation.isStatementMissed()).isTrue();
        assertThat(violation.getStatementText()).isNull();
        assertThat(violation.getStatus()).isEqualTo(ViolationStatus.UNDER_REVIEW);
    }

    @Test
    void aClearedCaseClosesAtOnceAndNeverCountsAgainstTheCourier() {
        String cleared = fixtures.register(courier, ViolationType.FALSE_DELIVERY);
        fixtures.statement(cleared, courier.getUserId());
        fixtures.decide(cleared, inspector, ViolationDecision.CLEARED, null);

        assertThat(fixtures.history(cleared).getEndActivityId()).isEqualTo("EndEvent_Cleared");
        assertThat(passed(cleared)).doesNotContain("Task_PenaltyDecision", "Task_StationApproval", "Task_Appeal");
        assertThat(violation(cleared).getOutcome()).isEqualTo(ViolationOutcome.CLEARED);
        assertThat(violation(cleared).penalty()).isNull();

        // the next case of the same courier is a first offence: the cleared one is not a repeat
        String next = fixtures.register(courier, ViolationType.FALSE_DELIVERY, "PD2026000007");
        fixtures.statement(next, courier.getUserId());
        fixtures.decide(next, inspector, ViolationDecision.UPHELD, Severity.MINOR);
        assertThat(violation(next).getPriorUpheld()).isZero();
        assertThat(violation(next).penalty()).isEqualTo(Penalty.fine(Money.of("50"), 1));

        CourierLedgerView view = ledger.view(courier.getEmployeeNo());
        assertThat(view.points()).isZero();
        assertThat(view.clearedCases()).isEqualTo(1);
        assertThat(view.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo("CLEARED");
            assertThat(entry.cleared()).isTrue();
            assertThat(entry.countsNow()).isFalse();
        });
    }

    @Test
    void repeatsAreCountedFromTheCourierUpheldCasesOfTheLastNinetyDays() {
        Courier other = fixtures.courier(station);
        upheldAndAccepted(fixtures.register(other, ViolationType.RUDE), other, Severity.MINOR);
        EngineClock.setNow(MONDAY.plus(Duration.ofDays(1)));
        // another courier's upheld case is no repeat for this one
        String first = upheldAndAccepted(fixtures.register(courier, ViolationType.RUDE), courier, Severity.MINOR);
        EngineClock.setNow(MONDAY.plus(Duration.ofDays(2)));
        String second = upheldAndAccepted(fixtures.register(courier, ViolationType.RUDE), courier, Severity.MINOR);
        EngineClock.setNow(MONDAY.plus(Duration.ofDays(3)));
        String third = upheldAndAccepted(fixtures.register(courier, ViolationType.RUDE), courier, Severity.MINOR);
        // 90 days after the second decision only the third still counts
        EngineClock.setNow(MONDAY.plus(Duration.ofDays(92)));
        String fourth = upheldAndAccepted(fixtures.register(courier, ViolationType.RUDE), courier, Severity.MINOR);

        assertThat(List.of(first, second, third, fourth)).extracting(caseNo -> violation(caseNo).getPriorUpheld())
                .containsExactly(0, 1, 2, 1);
        assertThat(List.of(first, second, third, fourth)).extracting(caseNo -> violation(caseNo).penalty())
                .containsExactly(Penalty.warning(1), Penalty.training(1), Penalty.fine(Money.of("50"), 1),
                        Penalty.training(1));
    }

    @Test
    void aFineWithinTheLimitNeedsOnlyTheStationManager() {
        String caseNo = fixtures.register(courier, ViolationType.FALSE_DELIVERY, "PD2026000011");
        fixtures.statement(caseNo, courier.getUserId());
        fixtures.decide(caseNo, inspector, ViolationDecision.UPHELD, Severity.MODERATE);

        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_StationApproval").variables()
                .containsEntry("penaltyMeasure", "FINE").containsEntry("penaltyFineAmount", "100.00")
                .containsEntry("penaltyPoints", 3).containsEntry("needsSupervisorApproval", false);
        fixtures.stationApproval(caseNo, station.getManagerUserId(), true);
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_Appeal");
        assertThat(passed(caseNo)).doesNotContain("Task_SupervisorApproval");
    }

    @Test
    void aFineAboveTheLimitAlsoNeedsAComplaintSupervisor() {
        String caseNo = fixtures.register(courier, ViolationType.DATA_LEAK);
        fixtures.statement(caseNo, courier.getUserId());
        fixtures.decide(caseNo, inspector, ViolationDecision.UPHELD, Severity.SERIOUS);
        assertThat(violation(caseNo).penalty()).isEqualTo(Penalty.fine(Money.of("500"), 6));
        fixtures.stationApproval(caseNo, station.getManagerUserId(), true);

        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_SupervisorApproval").task()
                .hasCandidateGroup("complaint-supervisor");
        fixtures.supervisorApproval(caseNo, supervisor, true);
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_Appeal");
        Violation violation = violation(caseNo);
        assertThat(violation.getSupervisorRequired()).isTrue();
        assertThat(violation.getSupervisorApprovedBy()).isEqualTo(supervisor);
    }

    @Test
    void aSuspensionNeedsAComplaintSupervisor() {
        String caseNo = fixtures.register(courier, ViolationType.FALSE_DELIVERY, "PD2026000012");
        fixtures.statement(caseNo, courier.getUserId());
        fixtures.decide(caseNo, inspector, ViolationDecision.UPHELD, Severity.SEVERE);
        assertThat(violation(caseNo).penalty()).isEqualTo(Penalty.suspension(7, 12));
        fixtures.stationApproval(caseNo, station.getManagerUserId(), true);
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_SupervisorApproval");
    }

    @Test
    void aStationManagerRejectionSendsTheCaseBackToAnInspector() {
        String caseNo = fixtures.register(courier, ViolationType.MISHANDLING);
        fixtures.statement(caseNo, courier.getUserId());
        fixtures.decide(caseNo, inspector, ViolationDecision.UPHELD, Severity.MODERATE);
        fixtures.stationApproval(caseNo, station.getManagerUserId(), false);

        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_ReviewDecide");
        Violation violation = violation(caseNo);
        assertThat(violation.getStatus()).isEqualTo(ViolationStatus.UNDER_REVIEW);
        assertThat(violation.penalty()).isNull();
        assertThat(events(violation)).contains(ViolationEventType.PENALTY_REJECTED);

        // the inspector looks again and clears the courier
        fixtures.decide(caseNo, secondInspector, ViolationDecision.CLEARED, null);
        assertThat(fixtures.history(caseNo).getEndActivityId()).isEqualTo("EndEvent_Cleared");
    }

    @Test
    void aRejectionNeedsAReason() {
        String caseNo = fixtures.register(courier, ViolationType.MISHANDLING);
        fixtures.statement(caseNo, courier.getUserId());
        fixtures.decide(caseNo, inspector, ViolationDecision.UPHELD, Severity.MODERATE);

        assertThatThrownBy(() -> fixtures.complete(caseNo, "Task_StationApproval", station.getManagerUserId(),
                Map.of("stationApproval", "REJECTED")))
                .hasRootCauseInstanceOf(StepRefused.class).rootCause().hasMessageContaining("reason");
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_StationApproval");
    }

    @Test
    void aSupervisorRejectionSendsTheCaseBackToAnInspector() {
        String caseNo = fixtures.register(courier, ViolationType.DATA_LEAK);
        fixtures.statement(caseNo, courier.getUserId());
        fixtures.decide(caseNo, inspector, ViolationDecision.UPHELD, Severity.SERIOUS);
        fixtures.stationApproval(caseNo, station.getManagerUserId(), true);
        fixtures.supervisorApproval(caseNo, supervisor, false);

        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_ReviewDecide");
        // decided again, lighter: the station manager approves again and no supervisor is needed
        fixtures.decide(caseNo, inspector, ViolationDecision.UPHELD, Severity.MINOR);
        assertThat(violation(caseNo).penalty()).isEqualTo(Penalty.fine(Money.of("100"), 1));
        assertThat(violation(caseNo).getStationApprovedBy()).isNull();
        fixtures.stationApproval(caseNo, station.getManagerUserId(), true);
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_Appeal");
    }

    @Test
    void anUpheldDecisionNeedsASeverityAndEveryDecisionAReason() {
        String caseNo = fixtures.register(courier, ViolationType.RUDE);
        fixtures.statement(caseNo, courier.getUserId());

        assertThatThrownBy(() -> fixtures.complete(caseNo, "Task_ReviewDecide", inspector,
                Map.of("decision", "UPHELD", "decisionReason", "证据充分")))
                .rootCause().hasMessageContaining("severity");
        assertThatThrownBy(() -> fixtures.complete(caseNo, "Task_ReviewDecide", inspector,
                Map.of("decision", "CLEARED")))
                .rootCause().hasMessageContaining("reason");
        assertThatThrownBy(() -> fixtures.complete(caseNo, "Task_ReviewDecide", inspector,
                Map.of("decision", "MAYBE", "decisionReason", "证据充分")))
                .rootCause().hasMessageContaining("not a valid option");
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_ReviewDecide");
    }

    @Test
    void anAppealUpheldKeepsThePenalty() {
        String caseNo = appealed(ViolationType.FALSE_DELIVERY, "PD2026000021", Severity.SERIOUS);
        fixtures.reviewAppeal(caseNo, secondInspector, AppealOutcome.UPHELD, null);

        assertThat(fixtures.history(caseNo).getEndActivityId()).isEqualTo("EndEvent_Closed");
        assertThat(passed(caseNo)).contains("Task_NotifyAppealResult").doesNotContain("Task_ReducedPenaltyDecision");
        Violation violation = violation(caseNo);
        assertThat(violation.getOutcome()).isEqualTo(ViolationOutcome.UPHELD);
        assertThat(violation.getAppealReviewer()).isEqualTo(secondInspector);
        assertThat(violation.penalty()).isEqualTo(Penalty.fine(Money.of("200"), 6));
        assertThat(ledger.view(courier.getEmployeeNo()).finesInWindow()).isEqualByComparingTo(new BigDecimal("200"));
    }

    @Test
    void anAppealReducedRunsTheDecisionTableAgainWithTheLowerSeverity() {
        String caseNo = appealed(ViolationType.FALSE_DELIVERY, "PD2026000022", Severity.SERIOUS);
        fixtures.reviewAppeal(caseNo, secondInspector, AppealOutcome.REDUCED, Severity.MINOR);

        assertThat(passed(caseNo)).contains("Task_ReducedPenaltyDecision", "Task_ApplyReducedPenalty");
        Violation violation = violation(caseNo);
        assertThat(violation.getOutcome()).isEqualTo(ViolationOutcome.REDUCED);
        assertThat(violation.getSeverity()).isEqualTo(Severity.SERIOUS);
        assertThat(violation.getReducedSeverity()).isEqualTo(Severity.MINOR);
        assertThat(violation.penalty()).isEqualTo(Penalty.fine(Money.of("50"), 1));
        CourierLedgerView view = ledger.view(courier.getEmployeeNo());
        assertThat(view.points()).isEqualTo(1);
        assertThat(view.entries()).singleElement().extracting(CourierLedgerView.Entry::outcome).isEqualTo("REDUCED");
    }

    @Test
    void aReductionMustLowerTheSeverity() {
        String caseNo = appealed(ViolationType.FALSE_DELIVERY, "PD2026000023", Severity.MODERATE);

        assertThatThrownBy(() -> fixtures.reviewAppeal(caseNo, secondInspector, AppealOutcome.REDUCED, Severity.SERIOUS))
                .rootCause().hasMessageContaining("lower");
        assertThatThrownBy(() -> fixtures.reviewAppeal(caseNo, secondInspector, AppealOutcome.REDUCED, null))
                .rootCause().hasMessageContaining("severity");
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_ReviewAppeal");
    }

    @Test
    void anAppealCancelledClearsTheCourier() {
        String caseNo = appealed(ViolationType.FALSE_DELIVERY, "PD2026000024", Severity.SEVERE);
        fixtures.reviewAppeal(caseNo, secondInspector, AppealOutcome.CANCELLED, null);

        assertThat(fixtures.history(caseNo).getEndActivityId()).isEqualTo("EndEvent_Closed");
        assertThat(violation(caseNo).getOutcome()).isEqualTo(ViolationOutcome.CANCELLED);
        CourierLedgerView view = ledger.view(courier.getEmployeeNo());
        assertThat(view.points()).isZero();
        assertThat(view.suspensionReviews()).isEmpty();
        assertThat(view.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.cleared()).isTrue();
            assertThat(entry.points()).isEqualTo(12);
            assertThat(entry.countsNow()).isFalse();
        });
        // a cancelled case is no repeat either
        String next = fixtures.register(courier, ViolationType.RUDE);
        fixtures.statement(next, courier.getUserId());
        fixtures.decide(next, inspector, ViolationDecision.UPHELD, Severity.MINOR);
        assertThat(violation(next).getPriorUpheld()).isZero();
    }

    @Test
    void withoutAnAppealTheDecisionStandsWhenTheWindowCloses() {
        String caseNo = decidedAndApproved(ViolationType.UNAUTHORIZED_LOCKER, Severity.MODERATE);
        Instant deadline = MONDAY.plus(Duration.ofDays(7));
        assertThat(violation(caseNo).getAppealDeadline()).isEqualTo(deadline);

        fixtures.runJobsDueBy(caseNo, deadline.minusSeconds(60));
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_Appeal");
        fixtures.runJobsDueBy(caseNo, deadline);

        assertThat(fixtures.history(caseNo).getEndActivityId()).isEqualTo("EndEvent_Closed");
        assertThat(passed(caseNo)).contains("Timer_AppealWindowClosed", "Task_RecordAppealWindowClosed");
        assertThat(violation(caseNo).getOutcome()).isEqualTo(ViolationOutcome.UPHELD);
        assertThat(events(violation(caseNo))).contains(ViolationEventType.APPEAL_WINDOW_CLOSED);
    }

    @Test
    void anAppealAfterTheWindowIsRefusedEvenBeforeTheTimerFires() {
        String caseNo = decidedAndApproved(ViolationType.UNAUTHORIZED_LOCKER, Severity.MODERATE);
        // the job executor may be late: the timer has not fired, yet the deadline has passed
        EngineClock.setNow(MONDAY.plus(Duration.ofDays(7)).plusSeconds(60));

        assertThatThrownBy(() -> fixtures.appeal(caseNo, courier.getUserId()))
                .rootCause().isInstanceOf(StepRefused.class).hasMessageContaining("appeal window");
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_Appeal");
        assertThat(violation(caseNo).getAppealText()).isNull();

        fixtures.runJobsDueBy(caseNo, MONDAY.plus(Duration.ofDays(7)).plusSeconds(60));
        assertThat(fixtures.history(caseNo).getEndActivityId()).isEqualTo("EndEvent_Closed");
        assertThat(violation(caseNo).getOutcome()).isEqualTo(ViolationOutcome.UPHELD);
    }

    @Test
    void theDeciderCanNeitherClaimNorCompleteTheAppealReview() {
        String caseNo = appealed(ViolationType.FALSE_DELIVERY, "PD2026000025", Severity.MODERATE);
        String taskId = fixtures.task(caseNo, "Task_ReviewAppeal").getId();

        assertThatThrownBy(() -> engine.getTaskService().claim(taskId, inspector))
                .rootCause().hasMessageContaining("may not review");
        assertThatThrownBy(() -> engine.getTaskService().setAssignee(taskId, inspector))
                .rootCause().hasMessageContaining("may not review");
        assertThat(fixtures.task(caseNo, "Task_ReviewAppeal").getAssignee()).isNull();
        assertThatThrownBy(() -> fixtures.reviewAppeal(caseNo, inspector, AppealOutcome.CANCELLED, null))
                .rootCause().hasMessageContaining("may not review");
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_ReviewAppeal");

        // another inspector claims it and decides
        engine.getTaskService().claim(taskId, secondInspector);
        fixtures.reviewAppeal(caseNo, secondInspector, AppealOutcome.CANCELLED, null);
        assertThat(violation(caseNo).getAppealReviewer()).isEqualTo(secondInspector);
    }

    @Test
    void anAppealReviewAssignedToSomeoneElseCannotBeCompletedByTheDecider() {
        String caseNo = appealed(ViolationType.FALSE_DELIVERY, "PD2026000026", Severity.MODERATE);
        String taskId = fixtures.task(caseNo, "Task_ReviewAppeal").getId();
        engine.getTaskService().claim(taskId, secondInspector);

        // an admin-like call that completes the other inspector's task as the decider is refused too
        assertThatThrownBy(() -> fixtures.asUser(inspector, () -> engine.getTaskService().complete(taskId,
                ViolationFixtures.vars("appealOutcome", "UPHELD", "appealReason", "维持"))))
                .rootCause().hasMessageContaining("may not review");
    }

    // --- helpers

    private String upheldAndAccepted(String caseNo, Courier who, Severity severity) {
        fixtures.statement(caseNo, who.getUserId());
        fixtures.decide(caseNo, inspector, ViolationDecision.UPHELD, severity);
        fixtures.stationApproval(caseNo, station.getManagerUserId(), true);
        if (Boolean.TRUE.equals(engine.getRuntimeService().getVariable(fixtures.processInstance(caseNo).getId(),
                "needsSupervisorApproval"))) {
            fixtures.supervisorApproval(caseNo, supervisor, true);
        }
        fixtures.acceptDecision(caseNo, who.getUserId());
        return caseNo;
    }

    private String decidedAndApproved(ViolationType type, Severity severity) {
        String caseNo = fixtures.register(courier, type);
        fixtures.statement(caseNo, courier.getUserId());
        fixtures.decide(caseNo, inspector, ViolationDecision.UPHELD, severity);
        fixtures.stationApproval(caseNo, station.getManagerUserId(), true);
        if (fixtures.task(caseNo, "Task_SupervisorApproval") != null) {
            fixtures.supervisorApproval(caseNo, supervisor, true);
        }
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_Appeal");
        return caseNo;
    }

    private String appealed(ViolationType type, String waybillNo, Severity severity) {
        String caseNo = fixtures.register(courier, type, waybillNo);
        fixtures.statement(caseNo, courier.getUserId());
        fixtures.decide(caseNo, inspector, ViolationDecision.UPHELD, severity);
        fixtures.stationApproval(caseNo, station.getManagerUserId(), true);
        if (fixtures.task(caseNo, "Task_SupervisorApproval") != null) {
            fixtures.supervisorApproval(caseNo, supervisor, true);
        }
        fixtures.appeal(caseNo, courier.getUserId());
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_ReviewAppeal").task()
                .hasCandidateGroup("inspector");
        assertThat(violation(caseNo).getStatus()).isEqualTo(ViolationStatus.APPEAL_REVIEW);
        return caseNo;
    }

    private Violation violation(String caseNo) {
        return violations.findWithEventsByCaseNo(caseNo).orElseThrow();
    }

    private List<ViolationEventType> events(Violation violation) {
        return violation.getEvents().stream().map(ViolationEvent::getType).toList();
    }

    private List<String> passed(String caseNo) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(fixtures.history(caseNo).getId()).list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    @Test
    void anOverdueStationApprovalWarnsTheStationAndThenAlsoTheSupervisors() {
        String caseNo = fixtures.register(courier, ViolationType.RUDE);
        fixtures.statement(caseNo, courier.getUserId());
        fixtures.decide(caseNo, inspector, ViolationDecision.UPHELD, Severity.MINOR);
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_StationApproval");
        String manager = station.getManagerUserId() + "@parceldesk.example";

        // violation-station-approval: 3 days, warning at 75 % = 54 h
        fixtures.runJobsDueBy(caseNo, MONDAY.plus(Duration.ofHours(54)).minusSeconds(60));
        assertThat(slaMails(caseNo, "sla-warning")).isEmpty();
        fixtures.runJobsDueBy(caseNo, MONDAY.plus(Duration.ofHours(54)));
        assertThat(slaMails(caseNo, "sla-warning")).containsExactly(manager);
        fixtures.runJobsDueBy(caseNo, MONDAY.plus(Duration.ofDays(3)));
        assertThat(slaMails(caseNo, "sla-breach")).contains(manager, "complaint-supervisor@parceldesk.example")
                .doesNotContain(courier.getUserId() + "@parceldesk.example");
        // the task stays with the station: the deadline tells people, it does not move the case
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_StationApproval");
        assertThat(jdbc.queryForObject("select count(*) from sla_event where case_no = ? and sla_name = ?",
                Long.class, caseNo, "violation-station-approval")).isEqualTo(2);

        fixtures.stationApproval(caseNo, station.getManagerUserId(), true);
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_Appeal");
    }

    @Test
    void aStationApprovalDoneInTimeSendsNoSlaMail() {
        String caseNo = fixtures.register(courier, ViolationType.RUDE);
        fixtures.statement(caseNo, courier.getUserId());
        fixtures.decide(caseNo, inspector, ViolationDecision.UPHELD, Severity.MINOR);
        fixtures.stationApproval(caseNo, station.getManagerUserId(), true);

        fixtures.runJobsDueBy(caseNo, MONDAY.plus(Duration.ofDays(3)));

        assertThat(slaMails(caseNo, "sla-warning")).isEmpty();
        assertThat(slaMails(caseNo, "sla-breach")).isEmpty();
    }

    /** Recipients of the outbox messages of one SLA template for violation-station-approval. */
    private List<String> slaMails(String caseNo, String template) {
        return jdbc.queryForList("select recipient from notification_outbox where case_no = ? and template = ?"
                + " and model like ? order by id", String.class, caseNo, template, "%violation-station-approval%");
    }
}
