package org.parceldesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parceldesk.complaint.ComplaintProcess.*;
import static org.parceldesk.complaint.ComplaintTestSupport.MONDAY_9AM;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.FormPlaceholders;
import org.parceldesk.testing.ParcelDeskTest;
import org.parceldesk.workflow.EngineClients;
import org.parceldesk.workflow.TaskInputRefused;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The complaint forms get what the decision needs at task creation (task-local {@code fact*}
 * variables), history never keeps them, and a client cannot send them back.
 */
@ParcelDeskTest
class ComplaintFormContextTest {

    private static final String PHONE = "13912348765";

    @Autowired
    ComplaintTestSupport support;
    @Autowired
    ComplaintSurvey survey;
    @Autowired
    ComplaintCustomerInfo customerInfo;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    HistoryService history;

    @BeforeEach
    void monday() {
        EngineClock.setNow(MONDAY_9AM);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void theHandlerWhoMustCallSeesTheFullPhoneAndOthersSeeItMasked() {
        String caseNo = support.file(ComplaintTestSupport.withPhone(
                support.newComplaintAtStation("S001", "caller@example.com"), PHONE));

        Map<String, Object> contact = local(caseNo, TASK_CONTACT_CUSTOMER);
        assertThat(contact).containsEntry("factCallPhone", PHONE).containsEntry("factCustomerPhone", "139****8765");
        support.contact(caseNo);
        support.complete(caseNo, TASK_INVESTIGATE, Map.of("investigationOutcome", "ASK_STATION",
                "stationQuestion", "请核实派送员是否按约定时间上门"));

        Map<String, Object> station = local(caseNo, TASK_STATION_INVESTIGATION);
        assertThat(station).containsEntry("factCustomerPhone", "139****8765")
                .doesNotContainKeys("factCallPhone", "factCustomerInfo", "factStationAnswers");
        assertThat(local(caseNo, TASK_STATION_INVESTIGATION).values())
                .allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(PHONE));
    }

    @Test
    void investigateShowsTheStationsAnswerAndTheCustomersAddedInformation() {
        String caseNo = support.file(ComplaintTestSupport.withPhone(support.newComplaintAtStation("S001", "info@example.com"),
                PHONE));
        support.contact(caseNo);
        assertThat(local(caseNo, TASK_INVESTIGATE)).containsEntry("factStationAnswers", "—")
                .containsEntry("factCustomerInfo", "—").doesNotContainKey("factCallPhone");

        support.complete(caseNo, TASK_INVESTIGATE, Map.of("investigationOutcome", "ASK_STATION",
                "stationQuestion", "请核实签收人"));
        support.complete(caseNo, TASK_STATION_INVESTIGATION, Map.of("stationFinding", "快递员放在驿站，未经客户同意"));
        support.complete(caseNo, TASK_INVESTIGATE, Map.of("investigationOutcome", "WAIT_FOR_CUSTOMER",
                "customerInfoRequest", "请提供外包装照片"));
        assertThat(local(caseNo, TASK_AWAIT_CUSTOMER_INFO)).containsEntry("factCallPhone", PHONE)
                .hasEntrySatisfying("factCustomerInfo", info -> assertThat((String) info).contains("请提供外包装照片"));
        assertThat(customerInfo.supply(caseNo, "外包装右下角破损，照片已发邮箱")).isEqualTo(ComplaintCustomerInfo.Result.RECORDED);

        Map<String, Object> investigate = local(caseNo, TASK_INVESTIGATE);
        assertThat((String) investigate.get("factStationAnswers"))
                .contains("问网点", "请核实签收人", "网点答复", "快递员放在驿站，未经客户同意");
        assertThat((String) investigate.get("factCustomerInfo"))
                .contains("请客户补充", "请提供外包装照片", "客户补充（客户）", "外包装右下角破损，照片已发邮箱");
        assertThat(((String) investigate.get("factCustomerInfo")).lines()).hasSize(2).allMatch(line -> line.startsWith("- "));

        support.conclude(caseNo, false, false, null);
        support.reply(caseNo);
        assertThat(local(caseNo, TASK_SATISFACTION_CALLBACK)).containsEntry("factCallPhone", PHONE);
        assertNothingInHistory(caseNo, "快递员放在驿站", "外包装右下角破损");
    }

    @Test
    void theSupervisorSeesWhyTheCustomerWasUnhappy() {
        String caseNo = support.file(ComplaintTestSupport.withPhone(
                ComplaintTestSupport.newComplaint(ComplaintChannel.WEB, "unhappy@example.com"), PHONE));
        support.contact(caseNo);
        support.conclude(caseNo, false, false, null);
        support.reply(caseNo);

        assertThat(survey.answer(caseNo, 1, "快递员态度[很差](http://example.com)，问题也没解决"))
                .isEqualTo(ComplaintSurvey.Result.RECORDED);

        Map<String, Object> review = local(caseNo, TASK_SUPERVISOR_REVIEW);
        assertThat(review).containsEntry("factSatisfaction", "1 / 5")
                .containsEntry("factSatisfactionSource", "客户门户评价")
                .containsEntry("factCallPhone", PHONE)
                // the customer's text is shown as text: no link on a staff form
                .containsEntry("factSurveyComment", "快递员态度\\[很差\\](http://example.com)，问题也没解决");
        assertThat((String) review.get("factResolution")).isNotBlank().isNotEqualTo("—");
        assertNothingInHistory(caseNo, "快递员态度");
    }

    @Test
    void aClientSendingTheContextBackIsRefusedAndNothingIsWritten() {
        String caseNo = support.file(ComplaintTestSupport.withPhone(
                ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, "refused@example.com"), PHONE));
        Task contact = support.task(caseNo, TASK_CONTACT_CUSTOMER);
        Map<String, Object> answer = Map.of("contactResult", "REACHED", "contactNote", "已联系",
                "factCallPhone", "13000000000");

        assertThatThrownBy(() -> EngineClients.asClient(() -> forms.submitTaskForm(contact.getId(), answer)))
                .isInstanceOfSatisfying(TaskInputRefused.class, refused -> assertThat(refused.variable())
                        .isEqualTo("factCallPhone"));
        assertThatThrownBy(() -> EngineClients.asClient(() -> tasks.complete(contact.getId(),
                Map.of("contactResult", "REACHED", "contactNote", "已联系", "factCustomerPhone", "x"))))
                .isInstanceOf(TaskInputRefused.class);
        assertThatThrownBy(() -> EngineClients.asClient(() -> tasks.setVariablesLocal(contact.getId(),
                Map.of("factDescription", "改写的投诉内容")))).isInstanceOf(TaskInputRefused.class);

        assertThat(support.task(caseNo, TASK_CONTACT_CUSTOMER).getId()).as("still open").isEqualTo(contact.getId());
        assertThat(tasks.getVariablesLocal(contact.getId())).containsEntry("factCallPhone", PHONE)
                .doesNotContainKey("contactNote");
        // the declared fields alone pass the same door
        EngineClients.asClient(() -> forms.submitTaskForm(contact.getId(),
                Map.of("contactResult", "REACHED", "contactNote", "已致电客户")));
        assertThat(support.task(caseNo, TASK_INVESTIGATE)).isNotNull();
        assertNothingInHistory(caseNo);
    }

    /** The task's context variables; every one its form shows is there. */
    private Map<String, Object> local(String caseNo, String taskKey) {
        Task task = tasks.createTaskQuery().taskId(support.task(caseNo, taskKey).getId()).initializeFormKeys().singleResult();
        Map<String, Object> context = tasks.getVariablesLocal(task.getId());
        assertThat(context).as(taskKey + " shows what its form asks for")
                .containsKeys(FormPlaceholders.of(task.getCamundaFormRef().getKey()).toArray(String[]::new));
        return context;
    }

    /** No historic variable or detail of the case is a context variable or holds the phone or the given texts. */
    private void assertNothingInHistory(String caseNo, String... texts) {
        String processInstanceId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .singleResult().getId();
        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).list();
        assertThat(variables).as("history keeps the case's routing variables").isNotEmpty()
                .extracting(HistoricVariableInstance::getName).contains(CASE_NO).noneMatch(name -> name.startsWith("fact"));
        assertThat(variables).allSatisfy(variable -> assertFree(variable.getValue(), texts));
        List<HistoricDetail> details = history.createHistoricDetailQuery().processInstanceId(processInstanceId).list();
        assertThat(details).as("history keeps details of the routing variables").isNotEmpty();
        assertThat(details).allSatisfy(detail -> {
            String name = detail instanceof HistoricVariableUpdate update ? update.getVariableName()
                    : ((HistoricFormField) detail).getFieldId();
            Object value = detail instanceof HistoricVariableUpdate update ? update.getValue()
                    : ((HistoricFormField) detail).getFieldValue();
            assertThat(name).doesNotStartWith("fact");
            assertFree(value, texts);
        });
    }

    private static void assertFree(Object value, String... texts) {
        assertThat(String.valueOf(value)).doesNotContain(PHONE);
        for (String text : texts) {
            assertThat(String.valueOf(value)).doesNotContain(text);
        }
    }
}
