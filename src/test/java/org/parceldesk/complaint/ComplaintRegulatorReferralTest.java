package org.parceldesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.parceldesk.complaint.ComplaintProcess.*;
import static org.parceldesk.complaint.ComplaintTestSupport.MONDAY_9AM;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.FieldProblem;
import org.parceldesk.common.StepRefused;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Regulator referrals (申诉) on the real engine: the regulator's reference, deadline and contact are
 * recorded at intake, and the case closes only after the outcome was reported back to the regulator.
 */
@ParcelDeskTest
class ComplaintRegulatorReferralTest {

    @Autowired
    ComplaintTestSupport support;
    @Autowired
    ComplaintIntake intake;

    @BeforeEach
    void monday() {
        EngineClock.setNow(MONDAY_9AM);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void aReferralIsClosedOnlyAfterItsOutcomeWasReportedToTheRegulator() {
        String caseNo = support.file(referral("YZ2026-110-000123", "2026-03-06"));
        ProcessInstance pi = support.process(caseNo);
        ComplaintViews.Regulator recorded = support.detail(caseNo).regulator();
        assertThat(recorded.reference()).isEqualTo("YZ2026-110-000123");
        assertThat(recorded.deadline()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(recorded.contact()).isEqualTo("北京市邮政管理局申诉中心 010-12345678");
        assertThat(recorded.reportedOn()).isNull();

        support.contact(caseNo);
        support.conclude(caseNo, false, false, null);
        EngineClock.setNow(MONDAY_9AM.plus(Duration.ofDays(1)));
        support.reply(caseNo);

        assertThat(pi).isWaitingAt(TASK_REPORT_TO_REGULATOR).hasPassed("ServiceTask_SendReply", "Gateway_ReplyReferral")
                .hasNotPassed("ServiceTask_SendSurvey");
        Task report = support.task(caseNo, TASK_REPORT_TO_REGULATOR);
        assertThat(report.getDueDate().toInstant()).as("SLA complaint-regulator-outcome-report: 24 h after the reply")
                .isEqualTo(MONDAY_9AM.plus(Duration.ofDays(2)));
        assertThat(support.detail(caseNo).status()).isEqualTo(ComplaintStatus.REPLIED);

        // what a handler may not record: a day in the future, a day before the complaint came, no text
        assertThatThrownBy(() -> support.complete(caseNo, TASK_REPORT_TO_REGULATOR,
                Map.of(REGULATOR_REPORT, "已书面报送处理结果", REGULATOR_REPORT_SENT_ON, "2026-03-05")))
                .hasRootCauseInstanceOf(StepRefused.class).hasMessageContaining("regulatorReportSentOn");
        assertThatThrownBy(() -> support.complete(caseNo, TASK_REPORT_TO_REGULATOR,
                Map.of(REGULATOR_REPORT, "已书面报送处理结果", REGULATOR_REPORT_SENT_ON, "2026-03-01")))
                .hasRootCauseInstanceOf(StepRefused.class).hasMessageContaining("regulatorReportSentOn");
        assertThatThrownBy(() -> support.complete(caseNo, TASK_REPORT_TO_REGULATOR,
                Map.of(REGULATOR_REPORT_SENT_ON, "2026-03-03")))
                .hasRootCauseInstanceOf(StepRefused.class).hasMessageContaining("regulatorReport");
        assertThat(pi).isWaitingAt(TASK_REPORT_TO_REGULATOR);

        support.complete(caseNo, TASK_REPORT_TO_REGULATOR, Map.of(REGULATOR_REPORT,
                "经核实为网点派送延误，已向客户致歉并加急派送，已通过监管平台书面报送。", REGULATOR_REPORT_SENT_ON, "2026-03-03"));

        assertThat(pi).isWaitingAt(TASK_SATISFACTION_CALLBACK).hasPassed(TASK_REPORT_TO_REGULATOR, "ServiceTask_SendSurvey");
        ComplaintViews.Regulator reported = support.detail(caseNo).regulator();
        assertThat(reported.reportedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(reported.reportedOnTime()).isTrue();
        assertThat(reported.report()).contains("书面报送");
        assertThat(support.events(caseNo, ComplaintEventType.REGULATOR_REPORTED)).isEqualTo(1);

        support.complete(caseNo, TASK_SATISFACTION_CALLBACK, Map.of("satisfaction", "4", "callbackNote", "客户认可"));
        assertThat(pi).isEnded().hasPassed("ServiceTask_CloseResolved");
        assertThat(support.detail(caseNo).status()).isEqualTo(ComplaintStatus.CLOSED);
    }

    @Test
    void anOrdinaryComplaintHasNoRegulatorStep() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);
        support.conclude(caseNo, false, false, null);
        support.reply(caseNo);

        assertThat(pi).isWaitingAt(TASK_SATISFACTION_CALLBACK).hasPassed("Gateway_ReplyReferral")
                .hasNotPassed(TASK_REPORT_TO_REGULATOR);
        assertThat(support.detail(caseNo).regulator()).isNull();
    }

    @Test
    void anAbandonedReferralIsReportedBeforeItClosesAndALateReportCountsAsLate() {
        String caseNo = support.file(referral("YZ2026-110-000124", "2026-03-04"));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);
        support.complete(caseNo, TASK_INVESTIGATE, Map.of("investigationOutcome", "WAIT_FOR_CUSTOMER",
                "customerInfoRequest", "请提供外包装照片"));

        support.runDueTimers(caseNo, MONDAY_9AM.plus(Duration.ofDays(7)).plusSeconds(1));

        assertThat(pi).isWaitingAt(TASK_REPORT_ABANDONMENT_TO_REGULATOR).hasPassed("ServiceTask_SendAbandonNotice")
                .hasNotPassed("ServiceTask_CloseAbandoned");
        assertThat(support.detail(caseNo).closedAt()).isNull();

        support.complete(caseNo, TASK_REPORT_ABANDONMENT_TO_REGULATOR, Map.of(REGULATOR_REPORT,
                "客户七日内未补充材料，案件已撤销，已报送监管部门。", REGULATOR_REPORT_SENT_ON, "2026-03-09"));

        assertThat(pi).isEnded().hasPassed("ServiceTask_CloseAbandoned", "EndEvent_Abandoned");
        ComplaintViews.Detail closed = support.detail(caseNo);
        assertThat(closed.status()).isEqualTo(ComplaintStatus.ABANDONED);
        assertThat(closed.regulator().reportedOnTime()).as("sent after the regulator's deadline").isFalse();
    }

    @Test
    void intakeRequiresTheReferenceAndDeadlineForReferralsAndRefusesThemElsewhere() {
        NewComplaint referral = ComplaintTestSupport.newComplaint(ComplaintChannel.REGULATOR, null);
        NewComplaint base = new NewComplaint(referral.waybillNo(), referral.channel(), referral.category(),
                referral.customerName(), referral.customerPhone(), null, referral.description());
        assertThatThrownBy(() -> intake.file(base, null, "complaint-handler"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.errors())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("regulatorReference", "regulatorDeadline"));
        NewComplaint badDate = withReferral(base, "YZ-1", "06.03.2026");
        assertThatThrownBy(() -> intake.file(badDate, null, "complaint-handler"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.errors())
                        .extracting(FieldProblem::field).containsExactly("regulatorDeadline"));
        NewComplaint phone = ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null);
        NewComplaint phoneWithReference = new NewComplaint(phone.waybillNo(), phone.channel(), phone.category(),
                phone.customerName(), phone.customerPhone(), null, phone.description(), "YZ-2", null, null);
        assertThatThrownBy(() -> intake.file(phoneWithReference, null, "complaint-handler"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.errors())
                        .extracting(FieldProblem::field).containsExactly("regulatorReference"));
    }

    private static NewComplaint referral(String reference, String deadline) {
        return withReferral(ComplaintTestSupport.newComplaint(ComplaintChannel.REGULATOR, "shensu@example.com"), reference, deadline);
    }

    private static NewComplaint withReferral(NewComplaint c, String reference, String deadline) {
        return new NewComplaint(c.waybillNo(), c.channel(), c.category(), c.customerName(), c.customerPhone(),
                c.customerEmail(), c.description(), reference, deadline, "北京市邮政管理局申诉中心 010-12345678");
    }
}
