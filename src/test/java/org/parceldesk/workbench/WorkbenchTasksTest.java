package org.parceldesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.claim.ClaimService;
import org.parceldesk.complaint.ComplaintIntake;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The task list on real complaint processes: due-date order across pages, each filter, the three
 * scopes, and the SLA colouring as the engine's clock moves. Page size 2 here (50 in production) so
 * that five cases span three pages.
 */
@ParcelDeskTest
class WorkbenchTasksTest {

    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");

    @Autowired
    ComplaintIntake intake;
    @Autowired
    ClaimService claims;
    @Autowired
    ShipmentRepository shipments;
    @Autowired
    TaskService taskService;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    WorkbenchLabels labels;
    @Autowired
    Clock clock;

    private WorkbenchTasks tasks;
    private WorkbenchFixture fixture;
    private String user;
    private String overdue;
    private String inOneHour;
    private String inThirtyHours;
    private String inTwoDays;
    private String inFiveDays;

    @BeforeEach
    void fiveCasesOfOneHandler() {
        EngineClock.setNow(NOW);
        tasks = new WorkbenchTasks(jdbc, new WorkbenchProperties(2, null, null, null, false), labels, clock);
        fixture = new WorkbenchFixture(intake, claims, shipments, taskService);
        user = "wb-handler-" + System.nanoTime();
        // filed in an order that is not the due order
        inTwoDays = fixture.complaint("S001", NOW, WorkbenchFixture.phone());
        overdue = fixture.complaint("S002", NOW, WorkbenchFixture.phone());
        inFiveDays = fixture.complaint("S001", NOW, WorkbenchFixture.phone());
        inOneHour = fixture.complaint("S002", NOW, WorkbenchFixture.phone());
        inThirtyHours = fixture.complaint("S001", NOW, WorkbenchFixture.phone());
        fixture.arrange(inTwoDays, NOW.plus(Duration.ofDays(2)), 50, user);
        fixture.arrange(overdue, NOW.minus(Duration.ofHours(2)), 50, user);
        fixture.arrange(inFiveDays, NOW.plus(Duration.ofDays(5)), 50, user);
        fixture.arrange(inOneHour, NOW.plus(Duration.ofHours(1)), 80, user);
        fixture.arrange(inThirtyHours, NOW.plus(Duration.ofHours(30)), 50, user);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    private Viewer mine() {
        return new Viewer(user, List.of(), Set.of(), false);
    }

    private static List<String> cases(TaskPage page) {
        return page.tasks().stream().map(WorkTask::caseNo).toList();
    }

    @Test
    void myTasksComeByDueDateOnePageAtATime() {
        TaskFilter filter = TaskFilter.of(TaskScope.MINE);
        TaskPage first = tasks.page(mine(), filter, false);
        TaskPage second = tasks.page(mine(), filter.page(1), false);
        TaskPage third = tasks.page(mine(), filter.page(2), false);

        assertThat(cases(first)).containsExactly(overdue, inOneHour);
        assertThat(first.hasNext()).isTrue();
        assertThat(cases(second)).containsExactly(inThirtyHours, inTwoDays);
        assertThat(second.hasNext()).isTrue();
        assertThat(cases(third)).containsExactly(inFiveDays);
        assertThat(third.hasNext()).isFalse();

        WorkTask top = first.tasks().get(0);
        assertThat(top.caseType()).isEqualTo("投诉");
        assertThat(top.category()).isEqualTo("延误");
        assertThat(top.station()).isEqualTo("S002");
        assertThat(top.taskKey()).isEqualTo("Task_ContactCustomer");
        assertThat(top.slaState()).isEqualTo("breach");
        assertThat(first.tasks().get(1).highPriority()).isTrue();
        assertThat(second.tasks().get(0).highPriority()).isFalse();
    }

    @Test
    void eachFilterNarrowsTheList() {
        assertThat(cases(tasks.page(mine(), new TaskFilter(TaskScope.MINE, null, null, null, null, true, 0), false)))
                .containsExactly(overdue);
        assertThat(cases(tasks.page(mine(), new TaskFilter(TaskScope.MINE, null, null, "S002", null, false, 0), false)))
                .containsExactly(overdue, inOneHour);
        assertThat(cases(tasks.page(mine(), new TaskFilter(TaskScope.MINE, null, null, null, "HIGH", false, 0), false)))
                .containsExactly(inOneHour);
        assertThat(cases(tasks.page(mine(), new TaskFilter(TaskScope.MINE, null, null, "S001", "NORMAL", false, 0), false)))
                .containsExactly(inThirtyHours, inTwoDays);
        assertThat(cases(tasks.page(mine(), new TaskFilter(TaskScope.MINE, "complaint", "Task_ContactCustomer", null,
                null, false, 0), false))).containsExactly(overdue, inOneHour);
        assertThat(tasks.page(mine(), new TaskFilter(TaskScope.MINE, "claim-compensation", null, null, null, false, 0),
                false).tasks()).isEmpty();
        assertThat(tasks.page(mine(), new TaskFilter(TaskScope.MINE, null, "Task_Investigate", null, null, false, 0),
                false).tasks()).isEmpty();
    }

    @Test
    void groupTasksAreTheUnclaimedOnesOfMyGroupsAndTheTeamViewShowsWhoHoldsThem() {
        fixture.arrange(inTwoDays, NOW.plus(Duration.ofDays(2)), 50, null);
        Viewer colleague = new Viewer("wb-colleague", List.of("complaint-handler"), Set.of(), false);
        Viewer inspector = new Viewer("wb-inspector", List.of("inspector"), Set.of(), false);
        Viewer supervisor = new Viewer("wb-supervisor", List.of("complaint-supervisor"), Set.of("complaint", "courier-violation"),
                false);
        TaskFilter byStationS001 = new TaskFilter(TaskScope.GROUP, null, null, "S001", null, false, 0);

        List<String> group = all(colleague, byStationS001);
        assertThat(group).contains(inTwoDays).doesNotContain(inFiveDays, inThirtyHours);
        List<String> team = all(colleague, new TaskFilter(TaskScope.TEAM, null, null, "S001", null, false, 0));
        assertThat(team).contains(inTwoDays, inFiveDays, inThirtyHours);
        // not a candidate, not a supervisor of complaints: nothing of these
        assertThat(all(inspector, new TaskFilter(TaskScope.TEAM, "complaint", null, null, null, false, 0)))
                .doesNotContain(inTwoDays, inFiveDays, overdue);
        // the complaint supervisor is no candidate of Contact customer, and still sees the team's
        assertThat(all(supervisor, new TaskFilter(TaskScope.TEAM, null, null, "S002", null, false, 0)))
                .contains(overdue, inOneHour);
        assertThat(all(supervisor, new TaskFilter(TaskScope.GROUP, null, null, "S002", null, false, 0)))
                .doesNotContain(overdue, inOneHour);
    }

    @Test
    void theColourFollowsTheEngineClockAtTheWarningShareOfTheTaskTime() {
        // created at NOW, due in one hour: amber from 45 minutes on (warning fraction 0.75), red at the hour
        EngineClock.setNow(NOW.plus(Duration.ofMinutes(44)));
        assertThat(state(inOneHour)).isEqualTo("ok");
        EngineClock.setNow(NOW.plus(Duration.ofMinutes(46)));
        assertThat(state(inOneHour)).isEqualTo("warn");
        EngineClock.setNow(NOW.plus(Duration.ofMinutes(60)));
        assertThat(state(inOneHour)).isEqualTo("breach");
    }

    private String state(String caseNo) {
        return tasks.page(mine(), new TaskFilter(TaskScope.MINE, null, null, null, "HIGH", false, 0), false).tasks()
                .stream().filter(t -> t.caseNo().equals(caseNo)).findFirst().orElseThrow().slaState();
    }

    /** Every page of a (possibly long, shared-database) list. */
    private List<String> all(Viewer viewer, TaskFilter filter) {
        List<String> found = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            TaskPage result = tasks.page(viewer, filter.page(page), false);
            found.addAll(cases(result));
            if (!result.hasNext() || page > 500) {
                return found;
            }
        }
    }
}
