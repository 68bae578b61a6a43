package org.parceldesk.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.FormPlaceholders;
import org.parceldesk.testing.ParcelDeskTest;
import org.parceldesk.workflow.EngineClients;
import org.parceldesk.workflow.TaskInputRefused;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The violation forms get what the decision needs at task creation: the courier is told the
 * accusation, the inspector and the approvers see the statement, the appeal reviewer sees the
 * statement, the decision and the appeal; history keeps none of it, and a client cannot send it back.
 */
@ParcelDeskTest
class ViolationFormContextTest {

    private static final Instant MONDAY = Instant.parse("2026-03-09T02:00:00Z");
    private static final String ACCUSATION = "与客户在门口争执，摔门离开";
    private static final String STATEMENT = "当天客户不在家,已电话联系";
    private static final String APPEAL = "客户已当面签收,有监控为证";

    @Autowired ProcessEngine engine;
    @Autowired StationRepository stations;
    @Autowired CourierRepository couriers;
    @Autowired ViolationRegistration registration;

    ViolationFixtures fixtures;
    Station station;
    Courier courier;
    String inspector;
    String secondInspector;

    @BeforeEach
    void setUp() {
        EngineClock.setNow(MONDAY);
        fixtures = new ViolationFixtures(engine, stations, couriers, registration);
        station = fixtures.station();
        courier = fixtures.courier(station);
        inspector = fixtures.inspector();
        secondInspector = fixtures.inspector();
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void everyoneSeesWhatTheirDecisionNeedsFromAccusationToAppeal() {
        String waybill = "PD2026000007"; // a demo shipment; the courier is new to this test
        String caseNo = registration.register(new NewViolation(ViolationSource.INSPECTION, null, courier.getEmployeeNo(),
                ViolationType.RUDE, waybill, ACCUSATION, MONDAY.minusSeconds(3600),
                ViolationRegistration.dedupeKey(courier.getEmployeeNo(), ViolationType.RUDE, waybill), inspector)).caseNo();

        Map<String, Object> statement = context(caseNo, "Task_CourierStatement");
        assertThat((String) statement.get("factAccusation")).contains("言语不礼貌或与顾客争执", "RUDE", "监察", waybill,
                "2026-03-09 09:00");
        assertThat(statement).containsEntry("factAccusationText", ACCUSATION)
                .doesNotContainKeys("factStatement", "factDecision", "factAppeal");

        fixtures.statement(caseNo, courier.getUserId());
        Map<String, Object> review = context(caseNo, "Task_ReviewDecide");
        assertThat((String) review.get("factStatement")).contains(courier.getUserId(), STATEMENT);
        assertThat(review).containsEntry("factAccusationText", ACCUSATION);

        fixtures.decide(caseNo, inspector, ViolationDecision.UPHELD, Severity.MINOR);
        Map<String, Object> approval = context(caseNo, "Task_StationApproval");
        assertThat((String) approval.get("factStatement")).contains(STATEMENT);
        assertThat((String) approval.get("factDecision")).contains(ViolationDecision.UPHELD.label(), Severity.MINOR.label(),
                inspector, "核查签收记录与通话记录");
        assertThat((String) approval.get("factPenalty")).contains(PenaltyMeasure.WARNING.label(), "扣 1 分");

        fixtures.stationApproval(caseNo, station.getManagerUserId(), true);
        Map<String, Object> appeal = context(caseNo, "Task_Appeal");
        assertThat((String) appeal.get("factDecision")).contains("核查签收记录与通话记录");
        assertThat(appeal).containsEntry("factAppealDeadline", "2026-03-16 10:00");

        fixtures.appeal(caseNo, courier.getUserId());
        Map<String, Object> appealReview = context(caseNo, "Task_ReviewAppeal");
        assertThat((String) appealReview.get("factAppeal")).contains(courier.getUserId(), APPEAL);
        assertThat((String) appealReview.get("factStatement")).contains(STATEMENT);
        assertThat((String) appealReview.get("factDecision")).contains(inspector);

        // sending the context back with the review is refused, and nothing of it is written
        Task reviewTask = fixtures.task(caseNo, "Task_ReviewAppeal");
        fixtures.asUser(secondInspector, () -> {
            assertThatThrownBy(() -> EngineClients.asClient(() -> engine.getFormService().submitTaskForm(reviewTask.getId(),
                    Map.of("appealOutcome", "UPHELD", "appealReason", "复核监控录像", "factAppeal", "申诉已撤回"))))
                    .isInstanceOfSatisfying(TaskInputRefused.class, e -> assertThat(e.variable()).isEqualTo("factAppeal"));
            assertThatThrownBy(() -> EngineClients.asClient(() -> engine.getTaskService().complete(reviewTask.getId(),
                    Map.of("appealOutcome", "UPHELD", "appealReason", "复核监控录像", "factDecision", "不成立"))))
                    .isInstanceOf(TaskInputRefused.class);
        });
        assertThat(fixtures.task(caseNo, "Task_ReviewAppeal").getId()).as("still open").isEqualTo(reviewTask.getId());
        assertThat((String) engine.getTaskService().getVariableLocal(reviewTask.getId(), "factAppeal")).contains(APPEAL);

        fixtures.reviewAppeal(caseNo, secondInspector, AppealOutcome.UPHELD, null);
        assertThat(fixtures.history(caseNo).getEndTime()).as("closed").isNotNull();
        assertNothingInHistory(caseNo);
    }

    private Map<String, Object> context(String caseNo, String taskKey) {
        Task task = engine.getTaskService().createTaskQuery().taskId(fixtures.task(caseNo, taskKey).getId())
                .initializeFormKeys().singleResult();
        Map<String, Object> context = engine.getTaskService().getVariablesLocal(task.getId());
        assertThat(context).as(taskKey + " shows what its form asks for")
                .containsKeys(FormPlaceholders.of(task.getCamundaFormRef().getKey()).toArray(String[]::new));
        return context;
    }

    private void assertNothingInHistory(String caseNo) {
        String processInstanceId = fixtures.history(caseNo).getId();
        List<HistoricVariableInstance> variables = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).list();
        assertThat(variables).extracting(HistoricVariableInstance::getName).contains("caseNo")
                .noneMatch(name -> name.startsWith("fact"));
        assertThat(variables).allSatisfy(v -> assertThat(String.valueOf(v.getValue()))
                .doesNotContain(ACCUSATION, STATEMENT, APPEAL));
        List<HistoricDetail> details = engine.getHistoryService().createHistoricDetailQuery()
                .processInstanceId(processInstanceId).list();
        assertThat(details).isNotEmpty().allSatisfy(detail -> {
            String name = detail instanceof HistoricVariableUpdate u ? u.getVariableName() : ((HistoricFormField) detail).getFieldId();
            Object value = detail instanceof HistoricVariableUpdate u ? u.getValue() : ((HistoricFormField) detail).getFieldValue();
            assertThat(name).doesNotStartWith("fact");
            assertThat(String.valueOf(value)).doesNotContain(ACCUSATION, STATEMENT, APPEAL);
        });
    }
}
