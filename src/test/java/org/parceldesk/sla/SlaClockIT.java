package org.parceldesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parceldesk.sla.SlaTesting.newCaseNo;
import static org.parceldesk.sla.SlaTesting.shanghai;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.sla.SlaEscalations.Outcome;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** SLA clocks and events on a real MariaDB server through the production mysql profile. */
@MariaDbTest
class SlaClockIT {

    private static final String REGULATOR_FIRST_CONTACT = "complaint-first-contact-regulator"; // 2 h business
    private static final String FIRST_CONTACT = "complaint-first-contact";                     // 24 h calendar

    @Autowired
    SlaClockService clocks;
    @Autowired
    SlaEscalations escalations;
    @Autowired
    SlaEvents events;
    @Autowired
    SlaEventRepository eventRepository;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;

    private final String caseNo = newCaseNo();

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void aClockStartsPausesOverNationalDayResumesAndRecordsItsBreach() {
        EngineClock.setNow(shanghai("2026-09-30T15:00"));
        clocks.start(caseNo, REGULATOR_FIRST_CONTACT);
        EngineClock.setNow(shanghai("2026-09-30T16:00"));
        clocks.pause(caseNo, REGULATOR_FIRST_CONTACT);
        EngineClock.setNow(shanghai("2026-10-08T10:00"));
        clocks.resume(caseNo, REGULATOR_FIRST_CONTACT);

        SlaClock read = clocks.find(caseNo, REGULATOR_FIRST_CONTACT).orElseThrow();
        assertThat(read.getStartedAt()).isEqualTo(shanghai("2026-09-30T15:00"));
        assertThat(read.getPausedTotal()).isEqualTo(Duration.ofMinutes(150));
        assertThat(read.getDueAt()).isEqualTo(shanghai("2026-10-08T11:00"));
        assertThat(read.getWarningAt()).isEqualTo(shanghai("2026-10-08T10:30"));
        assertThat(read.getWarningFraction()).isEqualTo(0.75);
        assertThat(read.isPaused()).isFalse();

        LocalDate day = LocalDate.of(2026, 10, 8);
        long before = events.breachesPerSla(day, day).getOrDefault(REGULATOR_FIRST_CONTACT, 0L);
        EngineClock.setNow(shanghai("2026-10-08T10:59:59"));
        assertThat(escalations.escalate(caseNo, REGULATOR_FIRST_CONTACT, SlaLevel.BREACH)).isEqualTo(Outcome.NOT_DUE);
        EngineClock.setNow(shanghai("2026-10-08T11:00"));
        assertThat(escalations.escalate(caseNo, REGULATOR_FIRST_CONTACT, SlaLevel.BREACH)).isEqualTo(Outcome.RECORDED);
        assertThat(escalations.escalate(caseNo, REGULATOR_FIRST_CONTACT, SlaLevel.BREACH))
                .isEqualTo(Outcome.ALREADY_RECORDED);

        assertThat(events.breachesPerSla(day, day)).containsEntry(REGULATOR_FIRST_CONTACT, before + 1);
        assertThat(events.findByCase(caseNo)).singleElement()
                .satisfies(event -> assertThat(event.getDeadlineAt()).isEqualTo(shanghai("2026-10-08T11:00")));
    }

    @Test
    void twoNodesEscalatingTheSameBreachAtOnceRecordItOnce() throws Exception {
        EngineClock.setNow(shanghai("2026-03-16T10:00"));
        clocks.start(caseNo, FIRST_CONTACT);
        EngineClock.setNow(shanghai("2026-03-17T10:00"));
        CyclicBarrier together = new CyclicBarrier(2);
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        Callable<Object> node = () -> {
            together.await(10, TimeUnit.SECONDS);
            try {
                return inTransaction.execute(status -> escalations.escalate(caseNo, FIRST_CONTACT, SlaLevel.BREACH));
            } catch (DataIntegrityViolationException lostTheRace) {
                return lostTheRace; // the engine would retry this job and find the event recorded
            }
        };

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Object> results = new ArrayList<>();
        try {
            for (Future<Object> result : pool.invokeAll(List.of(node, node), 30, TimeUnit.SECONDS)) {
                results.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(results).filteredOn(Outcome.RECORDED::equals).hasSize(1);
        assertThat(results).filteredOn(result -> !Outcome.RECORDED.equals(result)).singleElement()
                .matches(other -> other == Outcome.ALREADY_RECORDED || other instanceof DataIntegrityViolationException,
                        "ALREADY_RECORDED, or the unique key refused the second insert");
        assertThat(events.findByCase(caseNo)).hasSize(1);
    }

    @Test
    void theDatabaseRefusesASecondRowForTheSameCaseSlaAndLevel() {
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        java.time.Instant now = shanghai("2026-03-17T10:00");
        inTransaction.executeWithoutResult(status ->
                eventRepository.save(new SlaEvent(caseNo, FIRST_CONTACT, SlaLevel.BREACH, now, now)));

        assertThatThrownBy(() -> inTransaction.executeWithoutResult(status ->
                eventRepository.save(new SlaEvent(caseNo, FIRST_CONTACT, SlaLevel.BREACH, now, now))))
                .isInstanceOf(DataIntegrityViolationException.class);
        inTransaction.executeWithoutResult(status ->
                eventRepository.save(new SlaEvent(caseNo, FIRST_CONTACT, SlaLevel.WARNING, now, now)));
        assertThat(events.findByCase(caseNo)).hasSize(2);
    }

    @Test
    void theTestModelsTimersFireOnceOnMariaDb() {
        repositoryService.createDeployment().name("sla-test").addClasspathResource("processes-test/sla-test.bpmn")
                .enableDuplicateFiltering(true).deploy();
        EngineClock.setNow(shanghai("2026-03-13T16:00"));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("sla-test", caseNo,
                Map.of("slaName", REGULATOR_FIRST_CONTACT));

        EngineClock.setNow(shanghai("2026-03-16T09:30"));
        List<Job> due = managementService.createJobQuery().processInstanceId(instance.getId())
                .duedateLowerThan(java.util.Date.from(shanghai("2026-03-16T09:30:01"))).list();
        assertThat(due).hasSize(2);
        due.forEach(job -> managementService.executeJob(job.getId()));

        assertThat(events.findByCase(caseNo)).extracting(SlaEvent::getLevel)
                .containsExactlyInAnyOrder(SlaLevel.WARNING, SlaLevel.BREACH);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_SupervisorReview").count()).isEqualTo(1);
    }
}
