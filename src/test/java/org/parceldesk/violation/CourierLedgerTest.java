package org.parceldesk.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.courier.CourierStatus;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Points, fines and the suspension review on the courier's ledger, through the real process. */
@ParcelDeskTest
class CourierLedgerTest {

    private static final Instant START = Instant.parse("2026-04-06T02:00:00Z");

    @Autowired
    ProcessEngine engine;
    @Autowired
    StationRepository stations;
    @Autowired
    CourierRepository couriers;
    @Autowired
    ViolationRegistration registration;
    @Autowired
    CourierLedger ledger;
    @Autowired
    ViolationRepository violations;
    @Autowired
    PlatformTransactionManager transactionManager;

    ViolationFixtures fixtures;
    Courier courier;
    String inspector;
    String supervisor;

    @BeforeEach
    void setUp() {
        EngineClock.setNow(START);
        fixtures = new ViolationFixtures(engine, stations, couriers, registration);
        Station station = fixtures.station();
        courier = fixtures.courier(station);
        inspector = fixtures.inspector();
        supervisor = fixtures.supervisor();
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void reachingTwelvePointsOpensOneSuspensionReviewAndNotAnotherForFurtherPoints() {
        String first = close(ViolationType.FALSE_DELIVERY, "PD2026000031", Severity.SERIOUS);
        assertThat(fixtures.history(first).getEndActivityId()).isEqualTo("EndEvent_Closed");
        assertThat(ledger.view(courier.getEmployeeNo()).points()).isEqualTo(6);

        String second = close(ViolationType.RUDE, null, Severity.SERIOUS);
        assertThat(fixtures.processInstance(second)).isWaitingAt("Task_SuspensionReview").task()
                .hasCandidateGroup("complaint-supervisor");
        assertThat(fixtures.processInstance(second)).variables().containsEntry("suspensionReviewDue", true);

        String third = close(ViolationType.RUDE, null, Severity.MINOR);
        assertThat(fixtures.history(third).getEndActivityId()).isEqualTo("EndEvent_Closed");

        CourierLedgerView view = ledger.view(courier.getEmployeeNo());
        assertThat(view.points()).isEqualTo(13);
        assertThat(view.finesInWindow()).isEqualByComparingTo(new BigDecimal("550")); // 200 + 300 + 50
        assertThat(view.countedCases()).isEqualTo(3);
        assertThat(view.suspensionReviews()).singleElement().satisfies(review -> {
            assertThat(review.caseNo()).isEqualTo(second);
            assertThat(review.points()).isEqualTo(12);
            assertThat(review.outcome()).isNull();
        });
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_SuspensionReview")
                .processVariableValueEquals("courierNo", courier.getEmployeeNo()).count()).isEqualTo(1);

        fixtures.complete(second, "Task_SuspensionReview", supervisor,
                Map.of("suspensionOutcome", "TRAINING", "suspensionComment", "参加服务规范培训后上岗"));
        assertThat(fixtures.history(second).getEndActivityId()).isEqualTo("EndEvent_SuspensionReviewed");
        assertThat(ledger.view(courier.getEmployeeNo()).suspensionReviews()).singleElement().satisfies(review -> {
            assertThat(review.outcome()).isEqualTo("TRAINING");
            assertThat(review.reviewedBy()).isEqualTo(supervisor);
        });
    }

    @Test
    void oneSevereViolationReachesTheThresholdAtOnce() {
        String caseNo = close(ViolationType.GIFT_TAKEN, "PD2026000032", Severity.SEVERE);
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_SuspensionReview");
        assertThat(ledger.view(courier.getEmployeeNo()).suspensionReviews()).hasSize(1);
    }

    @Test
    void pointsAgeOutAfterTheRollingWindowAndAReachedThresholdIsReviewedAgain() {
        String first = close(ViolationType.GIFT_TAKEN, "PD2026000033", Severity.SEVERE);
        assertThat(fixtures.processInstance(first)).isWaitingAt("Task_SuspensionReview");
        Instant booked = START; // approvals and acceptance happen at START in this test

        EngineClock.setNow(booked.plus(Duration.ofDays(365)));
        CourierLedgerView aged = ledger.view(courier.getEmployeeNo());
        assertThat(aged.points()).isZero();
        assertThat(aged.entries()).singleElement().extracting(CourierLedgerView.Entry::countsNow).isEqualTo(false);

        String again = close(ViolationType.GIFT_TAKEN, "PD2026000034", Severity.SEVERE);
        assertThat(fixtures.processInstance(again)).isWaitingAt("Task_SuspensionReview");
        assertThat(ledger.view(courier.getEmployeeNo()).suspensionReviews()).hasSize(2);
    }

    @Test
    void aCourierKeepsAClearedCaseOnTheLedgerWithoutPoints() {
        String caseNo = fixtures.register(courier, ViolationType.DRESS_CODE);
        fixtures.statement(caseNo, courier.getUserId());
        fixtures.decide(caseNo, inspector, ViolationDecision.CLEARED, null);

        CourierLedgerView view = ledger.view(courier.getEmployeeNo());
        assertThat(view.clearedCases()).isEqualTo(1);
        assertThat(view.countedCases()).isZero();
        assertThat(view.points()).isZero();
        assertThat(view.openCases()).isEmpty();
    }

    @Test
    void aSuspensionDecisionSuspendsTheCourierAndSaysSoOnTheTimeline() {
        String caseNo = close(ViolationType.GIFT_TAKEN, "PD2026000035", Severity.SEVERE);
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_SuspensionReview");
        assertThat(couriers.findById(courier.getEmployeeNo()).orElseThrow().getStatus()).isEqualTo(CourierStatus.ACTIVE);

        // the supervisor's request asks for English: what is stored with the case stays Chinese
        MockHttpServletRequest english = new MockHttpServletRequest();
        english.addHeader("Accept-Language", "en");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(english));
        try {
            fixtures.complete(caseNo, "Task_SuspensionReview", supervisor,
                    Map.of("suspensionOutcome", "SUSPENSION", "suspensionComment", "收受财物,停岗处理"));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }

        assertThat(fixtures.history(caseNo).getEndActivityId()).isEqualTo("EndEvent_SuspensionReviewed");
        assertThat(couriers.findById(courier.getEmployeeNo()).orElseThrow().getStatus())
                .isEqualTo(CourierStatus.SUSPENDED);
        CourierLedgerView view = ledger.view(courier.getEmployeeNo());
        assertThat(view.courierStatus()).isEqualTo("SUSPENDED");
        assertThat(view.suspensionReviews()).singleElement().satisfies(review -> {
            assertThat(review.outcome()).isEqualTo("SUSPENSION");
            assertThat(review.reviewedBy()).isEqualTo(supervisor);
        });
        assertThat(timeline(caseNo)).filteredOn(event -> event.kind().equals("COURIER_SUSPENDED")).singleElement()
                .satisfies(event -> {
                    assertThat(event.actor()).isEqualTo(supervisor);
                    assertThat(event.note()).isEqualTo("快递员 " + courier.getEmployeeNo() + " 停岗（ACTIVE -> SUSPENDED）");
                });
    }

    @Test
    void aReviewThatDoesNotSuspendLeavesTheCourierActive() {
        String caseNo = close(ViolationType.GIFT_TAKEN, "PD2026000036", Severity.SEVERE);
        assertThat(fixtures.processInstance(caseNo)).isWaitingAt("Task_SuspensionReview");

        fixtures.complete(caseNo, "Task_SuspensionReview", supervisor,
                Map.of("suspensionOutcome", "NO_ACTION", "suspensionComment", "初犯,不停岗"));

        assertThat(fixtures.history(caseNo).getEndActivityId()).isEqualTo("EndEvent_SuspensionReviewed");
        assertThat(couriers.findById(courier.getEmployeeNo()).orElseThrow().getStatus()).isEqualTo(CourierStatus.ACTIVE);
        assertThat(ledger.view(courier.getEmployeeNo()).suspensionReviews()).singleElement()
                .extracting(CourierLedgerView.Review::outcome).isEqualTo("NO_ACTION");
        assertThat(timeline(caseNo)).extracting(ViolationView.Event::kind).doesNotContain("COURIER_SUSPENDED");
    }

    private java.util.List<ViolationView.Event> timeline(String caseNo) {
        return new TransactionTemplate(transactionManager).execute(status -> ViolationView.of(violations.findByCaseNo(caseNo).orElseThrow()).timeline());
    }

    private String close(ViolationType type, String waybillNo, Severity severity) {
        String caseNo = fixtures.register(courier, type, waybillNo);
        return fixtures.upheldAndAccepted(caseNo, courier, inspector, supervisor, severity);
    }
}
