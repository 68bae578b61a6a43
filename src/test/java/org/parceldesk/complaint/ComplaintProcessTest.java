package org.parceldesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.parceldesk.complaint.ComplaintProcess.*;
import static org.parceldesk.complaint.ComplaintTestSupport.MONDAY_9AM;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.parceldesk.common.StepRefused;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/complaint.bpmn on the real engine, with the SLA clocks and the outbox. */
@ParcelDeskTest
class ComplaintProcessTest {

    @Autowired
    ComplaintTestSupport support;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
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
    void happyPathFromIntakeToClosedWithAcknowledgmentReplyAndSurvey() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, "kehu@example.com"));
        ProcessInstance pi = support.process(caseNo);

        assertThat(pi).isWaitingAt(TASK_CONTACT_CUSTOMER).hasPassed("ServiceTask_Acknowledge", "ServiceTask_AssignInvestigation");
        Task contact = support.task(caseNo, TASK_CONTACT_CUSTOMER);
        assertThat(contact.getPriority()).isEqualTo(50);
        assertThat(contact.getDueDate().toInstant()).isEqualTo(MONDAY_9AM.plus(Duration.ofHours(24)));
        assertThat(candidateGroups(contact)).containsExactly("complaint-handler");
        ComplaintViews.Detail received = support.detail(caseNo);
        assertThat(received.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(received.sla().promisedResolutionAt()).isEqualTo(MONDAY_9AM.plus(Duration.ofDays(7)));
        assertThat(received.sla().firstContactDueAt()).isEqualTo(MONDAY_9AM.plus(Duration.ofHours(24)));
        assertThat(support.mailTemplates(caseNo)).containsExactly("complaint-acknowledgment");

        EngineClock.setNow(MONDAY_9AM.plus(Duration.ofHours(2)));
        support.contact(caseNo);
        assertThat(pi).isWaitingAt(TASK_INVESTIGATE);
        assertThat(support.detail(caseNo).status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(support.detail(caseNo).sla().firstContactedAt()).isEqualTo(MONDAY_9AM.plus(Duration.ofHours(2)));

        support.conclude(caseNo, false, false, null);
        assertThat(pi).isWaitingAt(TASK_REPLY_TO_CUSTOMER)
                .hasNotPassed("ServiceTask_OpenClaim", "ServiceTask_RegisterViolation");
        support.reply(caseNo);
        assertThat(pi).isWaitingAt(TASK_SATISFACTION_CALLBACK).hasPassed("ServiceTask_SendReply", "ServiceTask_SendSurvey");
        assertThat(support.detail(caseNo).status()).isEqualTo(ComplaintStatus.REPLIED);
        assertThat(support.mailTemplates(caseNo))
                .containsExactly("complaint-acknowledgment", "complaint-reply", "complaint-survey");

        support.complete(caseNo, TASK_SATISFACTION_CALLBACK, Map.of("satisfaction", "5", "callbackNote", "客户表示满意"));

        assertThat(pi).isEnded().hasPassed("ServiceTask_CloseResolved", "EndEvent_Closed");
        ComplaintViews.Detail closed = support.detail(caseNo);
        assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.satisfaction()).isEqualTo(5);
        assertThat(closed.satisfactionSource()).isEqualTo("PHONE");
        assertThat(closed.reopened()).isFalse();
        assertThat(closed.sla().firstContactBreached()).isFalse();
        assertThat(closed.sla().resolutionBreached()).isFalse();
        assertThat(closed.timeline()).extracting(ComplaintViews.Event::type).containsSubsequence(
                ComplaintEventType.RECEIVED, ComplaintEventType.ACKNOWLEDGED, ComplaintEventType.ASSIGNED,
                ComplaintEventType.CONTACTED, ComplaintEventType.INVESTIGATED, ComplaintEventType.REPLIED,
                ComplaintEventType.SATISFACTION_RECORDED, ComplaintEventType.CLOSED);
    }

    @Test
    void processVariablesHoldNoPersonalDataWhileFormsSeeMaskedFacts() {
        NewComplaint filed = ComplaintTestSupport.withPhone(
                ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, "private.person@example.com"), "13812345678");
        String caseNo = support.file(filed);
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);

        Map<String, Object> variables = runtime.getVariables(pi.getId());
        assertThat(variables).containsKeys(CASE_NO, CATEGORY, CHANNEL, PRIORITY);
        assertThat(variables.values()).allSatisfy(value -> assertThat(String.valueOf(value))
                .doesNotContain("13812345678", "private.person@example.com", "张小明"));
        // history too: no variable of the case ever held the phone
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
                .allSatisfy(v -> assertThat(String.valueOf(v.getValue())).doesNotContain("13812345678", "private.person@"));
        // nor the form facts (the customer's description), nor the handler's free-text note: history is
        // readable by roles of other processes, so free text never goes there (docs/security.md)
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.getName()).doesNotStartWith("fact").isNotEqualTo("contactNote"))
                .allSatisfy(v -> assertThat(String.valueOf(v.getValue())).doesNotContain(filed.description()));
        assertThat(history.createHistoricDetailQuery().processInstanceId(pi.getId()).list())
                .allSatisfy(detail -> assertThat(String.valueOf(
                        detail instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate update ? update.getValue()
                                : ((org.camunda.bpm.engine.history.HistoricFormField) detail).getFieldValue()))
                        .doesNotContain(filed.description(), "已致电客户"));

        Task investigate = support.task(caseNo, TASK_INVESTIGATE);
        Map<String, Object> facts = tasks.getVariablesLocal(investigate.getId());
        assertThat(facts).containsEntry("factCustomerPhone", "138****5678")
                .containsEntry("factCustomerName", "张**")
                .containsEntry("factWaybillNo", filed.waybillNo())
                .containsEntry("factDescription", filed.description())
                .containsEntry("factDueAt", "2026-03-09 09:00");
        assertThat(String.valueOf(facts.get("factCategory"))).contains(filed.category());
    }

    @Test
    void stationInvestigationGoesToTheStationManagerWithItsOwnSlaAndBack() {
        String caseNo = support.file(support.newComplaintAtStation("S001", null));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);

        support.complete(caseNo, TASK_INVESTIGATE, Map.of("investigationOutcome", "ASK_STATION",
                "stationQuestion", "请核实派送员是否按约定时间上门"));

        assertThat(pi).isWaitingAt(TASK_STATION_INVESTIGATION);
        Task station = support.task(caseNo, TASK_STATION_INVESTIGATION);
        assertThat(candidateGroups(station)).as("S001 has a manager user: no group").isEmpty();
        assertThat(tasks.getIdentityLinksForTask(station.getId())).filteredOn(link -> "candidate".equals(link.getType()))
                .extracting(IdentityLink::getUserId).containsExactly("station-manager");
        assertThat(station.getDueDate().toInstant()).isEqualTo(MONDAY_9AM.plus(Duration.ofHours(48)));
        // the station manager is told by mail, with the question and the due time (Asia/Shanghai)
        assertThat(support.mails(caseNo, "complaint-station-investigation")).singleElement().satisfies(mail -> {
            assertThat(mail.get("recipient")).isEqualTo("station-manager@parceldesk.example");
            assertThat(String.valueOf(mail.get("model"))).contains("请核实派送员是否按约定时间上门")
                    .contains("2026-03-04 09:00");
        });

        support.complete(caseNo, TASK_STATION_INVESTIGATION, Map.of("stationFinding", "快递员当天请假，改由他人次日派送"));

        assertThat(pi).isWaitingAt(TASK_INVESTIGATE);
        assertThat(support.events(caseNo, ComplaintEventType.STATION_INVESTIGATION_REQUESTED)).isEqualTo(1);
        assertThat(support.events(caseNo, ComplaintEventType.STATION_ANSWERED)).isEqualTo(1);
        support.conclude(caseNo, false, false, null);
        assertThat(pi).isWaitingAt(TASK_REPLY_TO_CUSTOMER);
    }

    @Test
    void stationInvestigationBreachIsRecordedOnce() {
        String caseNo = support.file(support.newComplaintAtStation("S001", null));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);
        support.complete(caseNo, TASK_INVESTIGATE, Map.of("investigationOutcome", "ASK_STATION",
                "stationQuestion", "请核实签收情况"));

        support.runDueTimers(caseNo, MONDAY_9AM.plus(Duration.ofHours(36)).plusSeconds(1));
        support.runDueTimers(caseNo, MONDAY_9AM.plus(Duration.ofHours(48)).plusSeconds(1));

        assertThat(pi).isWaitingAt(TASK_STATION_INVESTIGATION)
                .hasPassed("ServiceTask_StationInvestigationWarning", "ServiceTask_StationInvestigationBreach");
        assertThat(breaches(caseNo)).contains("complaint-station-investigation");
        assertThat(support.events(caseNo, ComplaintEventType.SLA_BREACH)).isEqualTo(1);
        // the station's SLA warns the station (its manager user), not the central complaint handlers
        assertThat(support.mails(caseNo, "sla-warning")).filteredOn(mail -> String.valueOf(mail.get("model"))
                        .contains("complaint-station-investigation"))
                .extracting(mail -> mail.get("recipient")).containsExactly("station-manager@parceldesk.example");
        assertThat(support.mails(caseNo, "sla-breach")).filteredOn(mail -> String.valueOf(mail.get("model"))
                        .contains("complaint-station-investigation"))
                .extracting(mail -> mail.get("recipient"))
                .contains("station-manager@parceldesk.example", "complaint-supervisor@parceldesk.example")
                .doesNotContain("complaint-handler@parceldesk.example");
    }

    @Test
    void dissatisfiedCustomerReopensTheCaseToTheSupervisor() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.WEB, "unhappy@example.com"));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);
        support.conclude(caseNo, false, false, null);
        support.reply(caseNo);

        support.complete(caseNo, TASK_SATISFACTION_CALLBACK, Map.of("satisfaction", 2));

        assertThat(pi).isWaitingAt(TASK_SUPERVISOR_REVIEW);
        assertThat(candidateGroups(support.task(caseNo, TASK_SUPERVISOR_REVIEW))).containsExactly("complaint-supervisor");
        assertThat(support.detail(caseNo).status()).isEqualTo(ComplaintStatus.REOPENED);
        assertThat(support.detail(caseNo).reopened()).isTrue();

        support.complete(caseNo, TASK_SUPERVISOR_REVIEW, Map.of("supervisorResolution", "主管复核后为您补发快件并赠送优惠券"));

        assertThat(pi).isEnded().hasPassed("ServiceTask_SendSupervisorReply", "EndEvent_ClosedAfterReview");
        ComplaintViews.Detail closed = support.detail(caseNo);
        assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.resolution()).isEqualTo("主管复核后为您补发快件并赠送优惠券");
        assertThat(support.mailTemplates(caseNo)).containsExactly("complaint-acknowledgment", "complaint-reply",
                "complaint-survey", "complaint-reply");
    }

    @Test
    void anOverdueSupervisorReviewWarnsAndThenBreachesToTheSupervisors() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.WEB, "late-review@example.com"));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);
        support.conclude(caseNo, false, false, null);
        support.reply(caseNo);
        Instant reopened = MONDAY_9AM.plus(Duration.ofHours(1));
        EngineClock.setNow(reopened);
        support.complete(caseNo, TASK_SATISFACTION_CALLBACK, Map.of("satisfaction", 1));
        Task review = support.task(caseNo, TASK_SUPERVISOR_REVIEW);
        assertThat(review.getDueDate().toInstant()).isEqualTo(reopened.plus(Duration.ofHours(48)));

        // complaint-supervisor-review: 48 h, warning at 36 h, both to the supervisors who work the task
        support.runDueTimers(caseNo, reopened.plus(Duration.ofHours(36)).minusSeconds(1));
        assertThat(reviewMails(caseNo, "sla-warning")).isEmpty();
        support.runDueTimers(caseNo, reopened.plus(Duration.ofHours(36)));
        assertThat(reviewMails(caseNo, "sla-warning")).contains("complaint-supervisor@parceldesk.example")
                .doesNotContain("complaint-handler@parceldesk.example");
        support.runDueTimers(caseNo, reopened.plus(Duration.ofHours(48)));
        assertThat(reviewMails(caseNo, "sla-breach")).contains("complaint-supervisor@parceldesk.example")
                .doesNotContain("complaint-handler@parceldesk.example");

        assertThat(pi).isWaitingAt(TASK_SUPERVISOR_REVIEW);
        support.complete(caseNo, TASK_SUPERVISOR_REVIEW, Map.of("supervisorResolution", "主管复核后为您补发快件"));
        assertThat(pi).isEnded();
    }

    private List<String> reviewMails(String caseNo, String template) {
        return support.mails(caseNo, template).stream()
                .filter(mail -> String.valueOf(mail.get("model")).contains("complaint-supervisor-review"))
                .map(mail -> String.valueOf(mail.get("recipient"))).toList();
    }

    @Test
    void satisfactionOfThreeIsNotDissatisfied() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);
        support.conclude(caseNo, false, false, null);
        support.reply(caseNo);

        support.complete(caseNo, TASK_SATISFACTION_CALLBACK, Map.of("satisfaction", 3));

        assertThat(pi).isEnded().hasNotPassed(TASK_SUPERVISOR_REVIEW);
    }

    @Test
    void noSurveyAnswerWithinThreeDaysClosesAsNoResponse() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, "silent@example.com"));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);
        support.conclude(caseNo, false, false, null);
        Instant repliedAt = MONDAY_9AM.plus(Duration.ofHours(5));
        EngineClock.setNow(repliedAt);
        support.reply(caseNo);
        assertThat(support.task(caseNo, TASK_SATISFACTION_CALLBACK).getDueDate().toInstant())
                .isEqualTo(repliedAt.plus(Duration.ofDays(3)));

        assertThat(support.runDueTimers(caseNo, repliedAt.plus(Duration.ofDays(3)).minusSeconds(60))).isZero();
        assertThat(pi).isWaitingAt(TASK_SATISFACTION_CALLBACK);
        support.runDueTimers(caseNo, repliedAt.plus(Duration.ofDays(3)).plusSeconds(1));

        assertThat(pi).isEnded().hasPassed("ServiceTask_CloseNoResponse", "EndEvent_NoResponse");
        assertThat(support.detail(caseNo).status()).isEqualTo(ComplaintStatus.NO_RESPONSE);
        assertThat(support.detail(caseNo).closedAt()).isEqualTo(repliedAt.plus(Duration.ofDays(3)).plusSeconds(1));
    }

    @Test
    void waitingForTheCustomerPausesTheResolutionClockAndMovesTheInternalDeadline() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, "wait@example.com"));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);
        Instant asked = MONDAY_9AM.plus(Duration.ofHours(4));
        EngineClock.setNow(asked);

        support.complete(caseNo, TASK_INVESTIGATE, Map.of("investigationOutcome", "WAIT_FOR_CUSTOMER",
                "customerInfoRequest", "请提供外包装破损照片"));

        assertThat(pi).isWaitingAt(TASK_AWAIT_CUSTOMER_INFO).hasPassed("ServiceTask_RequestCustomerInfo");
        assertThat(support.detail(caseNo).status()).isEqualTo(ComplaintStatus.WAITING_FOR_CUSTOMER);
        assertThat(support.mailTemplates(caseNo)).contains("complaint-info-request");
        // the resolution timers are gone while waiting: nothing can warn or breach
        assertThat(support.runDueTimers(caseNo, MONDAY_9AM.plus(Duration.ofDays(6)))).isZero();

        Instant replied = asked.plus(Duration.ofDays(2));
        EngineClock.setNow(replied);
        support.complete(caseNo, TASK_AWAIT_CUSTOMER_INFO, Map.of("customerInfoNote", "客户已通过微信发来照片"));

        assertThat(pi).isWaitingAt(TASK_INVESTIGATE);
        ComplaintViews.Detail resumed = support.detail(caseNo);
        assertThat(resumed.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(resumed.sla().promisedResolutionAt()).as("the promise never moves").isEqualTo(MONDAY_9AM.plus(Duration.ofDays(7)));
        assertThat(resumed.sla().resolutionDueAt()).isEqualTo(MONDAY_9AM.plus(Duration.ofDays(9)));
        assertThat(support.task(caseNo, TASK_INVESTIGATE).getDueDate().toInstant()).isEqualTo(MONDAY_9AM.plus(Duration.ofDays(9)));
        // the old deadline passes without a breach; the new one breaches
        assertThat(support.runDueTimers(caseNo, MONDAY_9AM.plus(Duration.ofDays(7)).plusSeconds(1))).isGreaterThan(0);
        assertThat(breaches(caseNo)).doesNotContain("complaint-resolution");
        support.runDueTimers(caseNo, MONDAY_9AM.plus(Duration.ofDays(9)).plusSeconds(1));
        assertThat(breaches(caseNo)).contains("complaint-resolution");
    }

    @Test
    void noCustomerReplyInSevenDaysAbandonsTheCaseWithANotice() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, "gone@example.com"));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);
        support.complete(caseNo, TASK_INVESTIGATE, Map.of("investigationOutcome", "WAIT_FOR_CUSTOMER",
                "customerInfoRequest", "请提供收件人身份证明"));
        assertThat(support.task(caseNo, TASK_AWAIT_CUSTOMER_INFO).getDueDate().toInstant())
                .isEqualTo(MONDAY_9AM.plus(Duration.ofDays(7)));

        support.runDueTimers(caseNo, MONDAY_9AM.plus(Duration.ofDays(7)).plusSeconds(1));

        assertThat(pi).isEnded().hasPassed("ServiceTask_SendAbandonNotice", "ServiceTask_CloseAbandoned", "EndEvent_Abandoned");
        assertThat(support.detail(caseNo).status()).isEqualTo(ComplaintStatus.ABANDONED);
        assertThat(support.mailTemplates(caseNo)).containsExactly("complaint-acknowledgment", "complaint-info-request",
                "complaint-abandoned");
        assertThat(breaches(caseNo)).as("a paused resolution clock never breaches").isEmpty();
    }

    @Test
    void askingTheCustomerTwiceSendsTwoRequestsAndRestartsTheWait() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, "twice@example.com"));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);
        support.complete(caseNo, TASK_INVESTIGATE, Map.of("investigationOutcome", "WAIT_FOR_CUSTOMER",
                "customerInfoRequest", "请提供照片"));
        EngineClock.setNow(MONDAY_9AM.plus(Duration.ofDays(6)));
        support.complete(caseNo, TASK_AWAIT_CUSTOMER_INFO, Map.of("customerInfoNote", "照片不清晰"));
        support.complete(caseNo, TASK_INVESTIGATE, Map.of("investigationOutcome", "WAIT_FOR_CUSTOMER",
                "customerInfoRequest", "请重新提供清晰照片"));

        assertThat(support.task(caseNo, TASK_AWAIT_CUSTOMER_INFO).getDueDate().toInstant())
                .isEqualTo(MONDAY_9AM.plus(Duration.ofDays(13)));
        assertThat(support.mailTemplates(caseNo)).containsExactly("complaint-acknowledgment", "complaint-info-request",
                "complaint-info-request");
        support.runDueTimers(caseNo, MONDAY_9AM.plus(Duration.ofDays(8)));
        assertThat(pi).isWaitingAt(TASK_AWAIT_CUSTOMER_INFO);
    }

    @Test
    void firstContactWarningAndBreachFireOnceAndEscalateToTheSupervisor() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null));
        ProcessInstance pi = support.process(caseNo);

        support.runDueTimers(caseNo, MONDAY_9AM.plus(Duration.ofHours(18)).plusSeconds(1));
        assertThat(support.detail(caseNo).sla().warnings()).extracting(ComplaintViews.SlaEvent::sla)
                .containsExactly("complaint-first-contact");
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_FIRST_CONTACT_ESCALATION).count())
                .isZero();

        support.runDueTimers(caseNo, MONDAY_9AM.plus(Duration.ofHours(24)).plusSeconds(1));
        support.runDueTimers(caseNo, MONDAY_9AM.plus(Duration.ofHours(30)));

        Task escalation = support.task(caseNo, TASK_FIRST_CONTACT_ESCALATION);
        assertThat(candidateGroups(escalation)).containsExactly("complaint-supervisor");
        ComplaintViews.Detail detail = support.detail(caseNo);
        assertThat(detail.sla().firstContactBreached()).isTrue();
        assertThat(detail.sla().breaches()).extracting(ComplaintViews.SlaEvent::sla).containsExactly("complaint-first-contact");
        assertThat(detail.sla().warnings()).hasSize(1);
        assertThat(pi).isWaitingAt(TASK_CONTACT_CUSTOMER, TASK_FIRST_CONTACT_ESCALATION);

        support.complete(caseNo, TASK_FIRST_CONTACT_ESCALATION, Map.of("escalationNote", "已督促专员今日内联系"));
        support.contact(caseNo);
        assertThat(pi).isWaitingAt(TASK_INVESTIGATE);
        assertThat(support.events(caseNo, ComplaintEventType.ESCALATION_HANDLED)).isEqualTo(1);
    }

    @Test
    void resolutionWarningAndBreachFireOnceEvenWhenTheScopeIsReEntered() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);

        support.runDueTimers(caseNo, MONDAY_9AM.plus(Duration.ofHours(126)).plusSeconds(1)); // 75 % of 7 days
        assertThat(support.detail(caseNo).sla().warnings()).extracting(ComplaintViews.SlaEvent::sla)
                .contains("complaint-resolution", "complaint-internal-target");
        support.runDueTimers(caseNo, MONDAY_9AM.plus(Duration.ofDays(7)).plusSeconds(1));
        assertThat(support.task(caseNo, TASK_RESOLUTION_ESCALATION)).isNotNull();
        assertThat(support.detail(caseNo).sla().resolutionBreached()).isTrue();

        // leave and re-enter the timed scope: the breach timer is re-created, already due, and fires again
        support.complete(caseNo, TASK_INVESTIGATE, Map.of("investigationOutcome", "WAIT_FOR_CUSTOMER",
                "customerInfoRequest", "请补充签收人信息"));
        support.complete(caseNo, TASK_AWAIT_CUSTOMER_INFO, Map.of("customerInfoNote", "客户已补充"));
        support.runDueTimers(caseNo, MONDAY_9AM.plus(Duration.ofDays(7)).plusSeconds(2));

        assertThat(pi).hasPassed("EndEvent_AlreadyEscalated");
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_RESOLUTION_ESCALATION).count())
                .isEqualTo(1);
        ComplaintViews.Detail detail = support.detail(caseNo);
        assertThat(detail.sla().breaches()).extracting(ComplaintViews.SlaEvent::sla)
                .containsExactlyInAnyOrder("complaint-resolution", "complaint-internal-target");
        assertThat(detail.sla().warnings()).extracting(ComplaintViews.SlaEvent::sla)
                .containsExactlyInAnyOrder("complaint-resolution", "complaint-internal-target");

        support.complete(caseNo, TASK_RESOLUTION_ESCALATION, Map.of("escalationNote", "请今日办结"));
        assertThat(pi).isWaitingAt(TASK_INVESTIGATE);
    }

    @Test
    void regulatorComplaintsHaveTheirOwnSlasHighPriorityAndTheSupervisorAsCandidate() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.REGULATOR, null));
        ProcessInstance pi = support.process(caseNo);

        assertThat(runtime.getVariable(pi.getId(), PRIORITY)).isEqualTo("HIGH");
        assertThat(runtime.getVariable(pi.getId(), FIRST_CONTACT_SLA)).isEqualTo("complaint-first-contact-regulator");
        assertThat(runtime.getVariable(pi.getId(), RESOLUTION_SLA)).isEqualTo("complaint-regulator-report");
        Task contact = support.task(caseNo, TASK_CONTACT_CUSTOMER);
        assertThat(contact.getPriority()).isEqualTo(80);
        assertThat(candidateGroups(contact)).containsExactlyInAnyOrder("complaint-handler", "complaint-supervisor");
        // 2 business hours from Monday 09:00
        assertThat(contact.getDueDate().toInstant()).isEqualTo(MONDAY_9AM.plus(Duration.ofHours(2)));
        assertThat(support.detail(caseNo).sla().promisedResolutionAt()).isEqualTo(MONDAY_9AM.plus(Duration.ofDays(5)));

        support.runDueTimers(caseNo, MONDAY_9AM.plus(Duration.ofHours(2)).plusSeconds(1));
        assertThat(breaches(caseNo)).containsExactly("complaint-first-contact-regulator");
        assertThat(support.detail(caseNo).sla().firstContactBreached()).isTrue();
        assertThat(support.task(caseNo, TASK_FIRST_CONTACT_ESCALATION).getPriority()).isEqualTo(80);
    }

    @Test
    void aRepeatComplainantGetsHighPriority() {
        NewComplaint first = ComplaintTestSupport.withPhone(
                ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null), "0571-88886666");
        NewComplaint second = ComplaintTestSupport.withPhone(
                ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null), "057188886666");
        String firstCase = support.file(first);
        EngineClock.setNow(MONDAY_9AM.plus(Duration.ofDays(29)));
        String secondCase = support.file(second);

        assertThat(support.detail(firstCase).priority()).isEqualTo(ComplaintPriority.NORMAL);
        assertThat(support.detail(secondCase).priority()).isEqualTo(ComplaintPriority.HIGH);
        assertThat(support.task(secondCase, TASK_CONTACT_CUSTOMER).getPriority()).isEqualTo(80);
    }

    @Test
    void complaintsMoreThanThirtyDaysApartAreNotRepeats() {
        NewComplaint first = ComplaintTestSupport.withPhone(
                ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null), "13677778888");
        NewComplaint second = ComplaintTestSupport.withPhone(
                ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null), "13677778888");
        support.file(first);
        EngineClock.setNow(MONDAY_9AM.plus(Duration.ofDays(30)).plusSeconds(1));

        assertThat(support.detail(support.file(second)).priority()).isEqualTo(ComplaintPriority.NORMAL);
    }

    @Test
    void investigationDecisionsAreCheckedBeforeTheTaskCompletes() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);
        String investigate = support.task(caseNo, TASK_INVESTIGATE).getId();

        assertThatThrownBy(() -> tasks.complete(investigate, Map.of("investigationOutcome", "CONCLUDED",
                "finding", "快递员态度恶劣", "responsibleParty", "COURIER", "courierAtFault", true, "courierNo", "C9999")))
                .hasRootCauseInstanceOf(StepRefused.class).hasMessageContaining("C9999");
        assertThatThrownBy(() -> tasks.complete(investigate, Map.of("investigationOutcome", "CONCLUDED",
                "finding", "快递员态度恶劣", "responsibleParty", "COURIER", "courierAtFault", true, "courierNo", "C0009")))
                .hasRootCauseInstanceOf(StepRefused.class).hasMessageContaining("快递员 C0009 不在职或已停职");
        assertThatThrownBy(() -> tasks.complete(investigate, Map.of("investigationOutcome", "CONCLUDED",
                "responsibleParty", "NOBODY")))
                .hasRootCauseInstanceOf(StepRefused.class).hasMessageContaining("finding").hasMessageContaining("responsibleParty");
        assertThatThrownBy(() -> tasks.complete(investigate, Map.of("investigationOutcome", "ASK_STATION")))
                .hasRootCauseInstanceOf(StepRefused.class).hasMessageContaining("stationQuestion");

        assertThat(pi).isWaitingAt(TASK_INVESTIGATE);
        assertThat(support.events(caseNo, ComplaintEventType.INVESTIGATED)).isZero();
    }

    @Test
    void satisfactionMustBeOneToFive() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null));
        support.contact(caseNo);
        support.conclude(caseNo, false, false, null);
        support.reply(caseNo);
        String callback = support.task(caseNo, TASK_SATISFACTION_CALLBACK).getId();

        assertThatThrownBy(() -> tasks.complete(callback, Map.of("satisfaction", 6))).hasRootCauseInstanceOf(StepRefused.class);
        assertThatThrownBy(() -> tasks.complete(callback, Map.of("satisfaction", "很好"))).hasRootCauseInstanceOf(StepRefused.class);
        assertThat(support.process(caseNo)).isWaitingAt(TASK_SATISFACTION_CALLBACK);
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    private List<String> breaches(String caseNo) {
        return support.detail(caseNo).sla().breaches().stream().map(ComplaintViews.SlaEvent::sla).toList();
    }
}
