package org.parceldesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.parceldesk.sla.SlaTesting.newCaseNo;
import static org.parceldesk.sla.SlaTesting.shanghai;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SLA beans as process models use them, on a test-only model
 * ({@code processes-test/sla-test.bpmn}): warning and breach timers on {@code Task_Handle}, a wait for
 * the customer outside it that pauses the clock, and a supervisor task after the first breach.
 * Time moves with {@link EngineClock}; due timer jobs are executed by hand.
 */
@ParcelDeskTest
class SlaProcessTest {

    private static final String FIRST_CONTACT = "complaint-first-contact";                // 24 h calendar
    private static final String REGULATOR_FIRST_CONTACT = "complaint-first-contact-regulator"; // 2 h business

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    SlaClockService clocks;
    @Autowired
    SlaEvents events;
    @Autowired
    SlaEscalation slaEscalation;

    private final String caseNo = newCaseNo();

    @BeforeEach
    void deployTestModel() {
        repositoryService.createDeployment()
                .name("sla-test")
                .addClasspathResource("processes-test/sla-test.bpmn")
                .enableDuplicateFiltering(true)
                .deploy();
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    private ProcessInstance startAt(String localTime, String sla) {
        EngineClock.setNow(shanghai(localTime));
        return runtimeService.startProcessInstanceByKey("sla-test", caseNo, Map.of("slaName", sla));
    }

    private Instant timerDue(ProcessInstance instance, String timerId) {
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(timerId)
                .singleResult();
        assertThat(job).as("timer job " + timerId).isNotNull();
        return job.getDuedate().toInstant();
    }

    /** Runs the instance's timer jobs that are due at the engine's current time, as the job executor would. */
    private int executeDueJobs(ProcessInstance instance) {
        Date now = new Date(ClockUtil.getCurrentTime().getTime() + 1);
        List<Job> due = managementService.createJobQuery().processInstanceId(instance.getId())
                .duedateLowerThan(now).list();
        due.forEach(job -> managementService.executeJob(job.getId()));
        return due.size();
    }

    private void complete(ProcessInstance instance, String taskKey, boolean needCustomer) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as(taskKey).isNotNull();
        taskService.complete(task.getId(), Map.of("needCustomer", needCustomer));
    }

    private long eventCount(SlaLevel level) {
        return events.findByCase(caseNo).stream().filter(event -> event.getLevel() == level).count();
    }

    private long supervisorTasks(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_SupervisorReview").count();
    }

    @Test
    void timersTakeTheirDatesFromABusinessClockStartedOnFridayAfternoon() {
        ProcessInstance instance = startAt("2026-03-13T16:00", REGULATOR_FIRST_CONTACT);

        assertThat(timerDue(instance, "Timer_Warning")).isEqualTo(shanghai("2026-03-16T09:00"));
        assertThat(timerDue(instance, "Timer_Breach")).isEqualTo(shanghai("2026-03-16T09:30"));
        assertThat(clocks.find(caseNo, REGULATOR_FIRST_CONTACT)).as("started by the first timer")
                .hasValueSatisfying(clock -> assertThat(clock.getStartedAt()).isEqualTo(shanghai("2026-03-13T16:00")));
    }

    @Test
    void waitingForTheCustomerOverNationalDayMovesTheTimersByTheWorkingHoursOfThePause() {
        ProcessInstance instance = startAt("2026-09-30T15:00", REGULATOR_FIRST_CONTACT);
        assertThat(timerDue(instance, "Timer_Breach")).isEqualTo(shanghai("2026-09-30T17:00"));

        EngineClock.setNow(shanghai("2026-09-30T16:00"));
        complete(instance, "Task_Handle", true);
        assertThat(instance).isWaitingAt("Task_WaitForCustomer");
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count())
                .as("the timers left with the task").isZero();
        assertThat(clocks.find(caseNo, REGULATOR_FIRST_CONTACT).orElseThrow().isPaused()).isTrue();

        EngineClock.setNow(shanghai("2026-10-08T10:00"));
        complete(instance, "Task_WaitForCustomer", false);

        // one working hour was used before the pause; the other runs 10:00–11:00 on 8 October
        assertThat(instance).isWaitingAt("Task_Handle");
        assertThat(timerDue(instance, "Timer_Breach")).isEqualTo(shanghai("2026-10-08T11:00"));
        assertThat(timerDue(instance, "Timer_Warning")).isEqualTo(shanghai("2026-10-08T10:30"));
    }

    @Test
    void warningAndBreachAreEachRecordedOnceWhenTheirTimersFireAgain() {
        ProcessInstance instance = startAt("2026-03-16T10:00", FIRST_CONTACT);
        assertThat(timerDue(instance, "Timer_Warning")).isEqualTo(shanghai("2026-03-17T04:00"));
        assertThat(timerDue(instance, "Timer_Breach")).isEqualTo(shanghai("2026-03-17T10:00"));

        EngineClock.setNow(shanghai("2026-03-17T04:00"));
        assertThat(executeDueJobs(instance)).isEqualTo(1);
        assertThat(eventCount(SlaLevel.WARNING)).isEqualTo(1);
        assertThat(eventCount(SlaLevel.BREACH)).isZero();
        assertThat(instance).isWaitingAt("Task_Handle").hasPassed("Task_EscalateWarning");

        // wait 24 h for the customer: the task is left and re-entered, so both timers are created again
        EngineClock.setNow(shanghai("2026-03-17T05:00"));
        complete(instance, "Task_Handle", true);
        EngineClock.setNow(shanghai("2026-03-18T05:00"));
        complete(instance, "Task_WaitForCustomer", false);
        assertThat(timerDue(instance, "Timer_Warning")).as("already past").isEqualTo(shanghai("2026-03-18T04:00"));
        assertThat(timerDue(instance, "Timer_Breach")).isEqualTo(shanghai("2026-03-18T10:00"));

        assertThat(executeDueJobs(instance)).as("the warning fires a second time").isEqualTo(1);
        assertThat(eventCount(SlaLevel.WARNING)).isEqualTo(1);

        EngineClock.setNow(shanghai("2026-03-18T10:00"));
        assertThat(executeDueJobs(instance)).isEqualTo(1);
        assertThat(eventCount(SlaLevel.BREACH)).isEqualTo(1);
        assertThat(supervisorTasks(instance)).isEqualTo(1);
        assertThat(events.findByCase(caseNo)).filteredOn(event -> event.getLevel() == SlaLevel.BREACH)
                .singleElement().satisfies(event -> {
                    assertThat(event.getSlaName()).isEqualTo(FIRST_CONTACT);
                    assertThat(event.getDeadlineAt()).isEqualTo(shanghai("2026-03-18T10:00"));
                    assertThat(event.getOccurredAt()).isEqualTo(shanghai("2026-03-18T10:00"));
                });

        // the breach timer fires again after another round with the customer: no second event, no second task
        EngineClock.setNow(shanghai("2026-03-18T11:00"));
        complete(instance, "Task_Handle", true);
        complete(instance, "Task_WaitForCustomer", false);
        assertThat(executeDueJobs(instance)).isEqualTo(2);
        assertThat(eventCount(SlaLevel.WARNING)).isEqualTo(1);
        assertThat(eventCount(SlaLevel.BREACH)).isEqualTo(1);
        assertThat(supervisorTasks(instance)).isEqualTo(1);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("End_BreachKnown").count()).isEqualTo(1);

        complete(instance, "Task_Handle", false);
        assertThat(clocks.find(caseNo, FIRST_CONTACT).orElseThrow().isStopped()).isTrue();
    }

    @Test
    void aTimerFiringAfterTheClockStoppedRecordsNothing() {
        ProcessInstance instance = startAt("2026-03-16T10:00", FIRST_CONTACT);
        EngineClock.setNow(shanghai("2026-03-16T12:00"));
        clocks.stop(caseNo, FIRST_CONTACT);

        EngineClock.setNow(shanghai("2026-03-17T10:00"));
        assertThat(executeDueJobs(instance)).isEqualTo(2);

        assertThat(events.findByCase(caseNo)).isEmpty();
        assertThat(supervisorTasks(instance)).isZero();
    }

    @Test
    void theEscalationDelegateRunTwiceRecordsOnce() throws Exception {
        EngineClock.setNow(shanghai("2026-03-16T10:00"));
        clocks.start(caseNo, FIRST_CONTACT);
        EngineClock.setNow(shanghai("2026-03-17T10:00"));
        DelegateExecution first = escalationStep(FIRST_CONTACT, "BREACH");
        DelegateExecution second = escalationStep(FIRST_CONTACT, "breach");

        slaEscalation.execute(first);
        slaEscalation.execute(second);

        assertThat(eventCount(SlaLevel.BREACH)).isEqualTo(1);
        verify(first).setVariableLocal(SlaEscalation.ESCALATED, true);
        verify(second).setVariableLocal(SlaEscalation.ESCALATED, false);
    }

    @Test
    void anEscalationStepWithoutItsInputsFailsNamingTheMissingOne() {
        DelegateExecution noLevel = escalationStep(FIRST_CONTACT, null);
        DelegateExecution badLevel = escalationStep(FIRST_CONTACT, "LATE");

        assertThatThrownBy(() -> slaEscalation.execute(noLevel))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'level'")
                .hasMessageContaining("Task_Escalate");
        assertThatThrownBy(() -> slaEscalation.execute(badLevel))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'LATE'")
                .hasMessageContaining("WARNING, BREACH");
    }

    @Test
    void anUnknownSlaNameInTheModelFailsTheStepAndNamesIt() {
        EngineClock.setNow(shanghai("2026-03-16T10:00"));

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("sla-test", caseNo,
                Map.of("slaName", "complaint-resoluton")))
                .hasMessageContaining("complaint-resoluton")
                .rootCause()
                .isInstanceOf(UnknownSlaException.class)
                .hasMessageContaining("Unknown SLA 'complaint-resoluton'");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count())
                .as("the start rolled back").isZero();
    }

    @Test
    void aProcessWithoutBusinessKeyIsRefusedBecauseClocksArePerCase() {
        EngineClock.setNow(shanghai("2026-03-16T10:00"));

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("sla-test", Map.of("slaName", FIRST_CONTACT)))
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no business key");
    }

    private DelegateExecution escalationStep(String sla, String level) {
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getProcessBusinessKey()).thenReturn(caseNo);
        when(execution.getCurrentActivityId()).thenReturn("Task_EscalateBreach");
        when(execution.getVariable(SlaEscalation.SLA)).thenReturn(sla);
        when(execution.getVariable(SlaEscalation.LEVEL)).thenReturn(level);
        return execution;
    }
}
