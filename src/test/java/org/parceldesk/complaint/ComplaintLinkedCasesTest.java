package org.parceldesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.parceldesk.complaint.ComplaintProcess.*;
import static org.parceldesk.complaint.ComplaintTestSupport.MONDAY_9AM;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The investigation's two decisions start the linked cases of the other features (the real claim
 * and violation processes), and the complaint goes on without waiting for them.
 */
@ParcelDeskTest
class ComplaintLinkedCasesTest {

    @Autowired
    ComplaintTestSupport support;
    @Autowired
    RuntimeService runtime;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void monday() {
        EngineClock.setNow(MONDAY_9AM);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void compensationNeededOpensALinkedClaim() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintCategory.LOSS, ComplaintChannel.PHONE,
                "lost@example.com"));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);

        support.conclude(caseNo, true, false, null);

        assertThat(pi).hasPassed("ServiceTask_OpenClaim").hasNotPassed("ServiceTask_RegisterViolation")
                .isWaitingAt(TASK_REPLY_TO_CUSTOMER);
        String claimCaseNo = support.detail(caseNo).linkedCases().claimCaseNo();
        assertThat(claimCaseNo).startsWith("LP");
        assertThat(runtime.getVariable(pi.getId(), CLAIM_CASE_NO)).isEqualTo(claimCaseNo);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("claim-compensation")
                .processInstanceBusinessKey(claimCaseNo).count()).as("the claim's own process runs").isEqualTo(1);
        assertThat(support.detail(caseNo).timeline()).filteredOn(e -> e.type() == ComplaintEventType.CLAIM_OPENED)
                .extracting(ComplaintViews.Event::detail).containsExactly(claimCaseNo);

        // the complaint does not wait for the claim
        support.reply(caseNo);
        support.complete(caseNo, TASK_SATISFACTION_CALLBACK, Map.of("satisfaction", 4));
        assertThat(pi).isEnded();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(claimCaseNo).count()).isEqualTo(1);
    }

    @Test
    void courierAtFaultRegistersALinkedViolationWithTheTypeOfTheCategory() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintCategory.ATTITUDE, ComplaintChannel.PHONE, null));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);

        support.conclude(caseNo, false, true, "c0002");

        assertThat(pi).hasPassed("ServiceTask_RegisterViolation").hasNotPassed("ServiceTask_OpenClaim")
                .isWaitingAt(TASK_REPLY_TO_CUSTOMER);
        ComplaintViews.Detail detail = support.detail(caseNo);
        String violationCaseNo = detail.linkedCases().violationCaseNo();
        assertThat(violationCaseNo).startsWith("WG");
        assertThat(detail.responsibleCourierNo()).isEqualTo("C0002");
        assertThat(runtime.getVariable(pi.getId(), VIOLATION_TYPE)).isEqualTo("RUDE");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("courier-violation")
                .processInstanceBusinessKey(violationCaseNo).count()).isEqualTo(1);
    }

    @Test
    void bothDecisionsOpenBothCases() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintCategory.DAMAGE, ComplaintChannel.PHONE, null));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);

        support.complete(caseNo, TASK_INVESTIGATE, Map.of("investigationOutcome", "CONCLUDED",
                "finding", "快递员抛扔快件导致破损", "responsibleParty", "COURIER", "compensationNeeded", true,
                "courierAtFault", true, "courierNo", "C0003", "violationType", "MISHANDLING"));
        support.runAsyncSteps(caseNo);

        assertThat(pi).hasPassed("ServiceTask_OpenClaim", "ServiceTask_RegisterViolation");
        ComplaintViews.LinkedCases linked = support.detail(caseNo).linkedCases();
        assertThat(linked.claimCaseNo()).startsWith("LP");
        assertThat(linked.violationCaseNo()).startsWith("WG");
    }

    /**
     * The investigation commits first; the linked violation is registered by an asynchronous step
     * after that commit. A courier suspended in between is refused by the violation module: the
     * complaint goes on to the reply, and its timeline shows the refusal (no incident, nothing lost).
     */
    @Test
    void aCourierSuspendedAfterTheInvestigationIsARecordedRefusalNotARollback() {
        String courierNo = "C9801";
        if (jdbc.queryForObject("select count(*) from courier where employee_no = ?", Long.class, courierNo) == 0) {
            jdbc.update("insert into courier (employee_no, name, station_code, phone, status) values (?, ?, 'S001', ?, 'ACTIVE')",
                    courierNo, "边界测试", "13800139801");
        }
        jdbc.update("update courier set status = 'ACTIVE' where employee_no = ?", courierNo);
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintCategory.ATTITUDE, ComplaintChannel.PHONE, null));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);
        support.complete(caseNo, TASK_INVESTIGATE, Map.of("investigationOutcome", "CONCLUDED",
                "finding", "快递员态度恶劣", "responsibleParty", "COURIER", "courierAtFault", true, "courierNo", courierNo));
        assertThat(support.detail(caseNo).status()).as("the investigation is committed").isNotNull();
        assertThat(pi).isWaitingAt("ServiceTask_RegisterViolation");

        jdbc.update("update courier set status = 'SUSPENDED' where employee_no = ?", courierNo);
        support.runAsyncSteps(caseNo);

        assertThat(pi).hasPassed("ServiceTask_RegisterViolation").isWaitingAt(TASK_REPLY_TO_CUSTOMER);
        ComplaintViews.Detail detail = support.detail(caseNo);
        assertThat(detail.linkedCases().violationCaseNo()).isNull();
        assertThat(detail.timeline()).filteredOn(e -> e.type() == ComplaintEventType.VIOLATION_REFUSED).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains(courierNo, "SUSPENDED"));
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    }
}
