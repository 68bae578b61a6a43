package org.parceldesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.parceldesk.claim.ClaimService;
import org.parceldesk.complaint.ComplaintIntake;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk actions go through the engine as the user: each task succeeds or is refused on its own, a
 * refusal reads as a Chinese sentence and changes nothing (no assignee, no timeline line), and each
 * change is on the case timeline exactly once.
 */
@ParcelDeskTest
class BulkTaskActionsTest {

    @Autowired
    BulkTaskActions bulk;
    @Autowired
    WorkbenchTexts texts;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    ClaimService claims;
    @Autowired
    ShipmentRepository shipments;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private final Viewer handler = new Viewer("complaint-handler", List.of("complaint-handler"), Set.of(), false);
    private final Viewer supervisor = new Viewer("complaint-supervisor", List.of("complaint-supervisor"),
            Set.of("complaint", "courier-violation"), false);

    @Test
    void eachTaskSucceedsOrIsRefusedOnItsOwnAndEveryChangeIsOnTheTimelineOnce() {
        WorkbenchFixture fixture = new WorkbenchFixture(intake, claims, shipments, taskService);
        String free = fixture.complaint("S001", clock.instant(), WorkbenchFixture.phone());
        String taken = fixture.complaint("S001", clock.instant(), WorkbenchFixture.phone());
        String freeTask = fixture.openTask(free).getId();
        String takenTask = fixture.openTask(taken).getId();
        taskService.setAssignee(takenTask, "complaint-supervisor");
        WorkbenchTexts.Texts chinese = texts.chinese();

        List<BulkTaskActions.Result> claimed = bulk.apply(handler, BulkTaskActions.Action.CLAIM,
                List.of(freeTask, takenTask, "no-such-task"), null, chinese);

        assertThat(claimed).extracting(BulkTaskActions.Result::done).containsExactly(true, false, false);
        assertThat(claimed.get(0).message()).isEqualTo("已认领");
        assertThat(claimed.get(1).message()).isEqualTo("未认领：任务已被 complaint-supervisor 认领");
        assertThat(claimed.get(2).message()).startsWith("未执行：任务已不存在");
        assertThat(fixture.openTask(free).getAssignee()).isEqualTo("complaint-handler");
        assertThat(fixture.openTask(taken).getAssignee()).isEqualTo("complaint-supervisor");
        assertThat(accessChanges(free)).hasSize(1).first().asString().contains("认领");
        assertThat(accessChanges(taken)).isEmpty();

        // a handler may not hand a task to someone outside its candidates: TaskAccessGuard's sentence, nothing changed
        BulkTaskActions.Result refused = bulk.apply(handler, BulkTaskActions.Action.REASSIGN, List.of(freeTask),
                "inspector", chinese).get(0);
        assertThat(refused.done()).isFalse();
        assertThat(refused.message()).startsWith("只能指派给本任务的候选人").doesNotContain("A task can only");
        assertThat(fixture.openTask(free).getAssignee()).isEqualTo("complaint-handler");
        assertThat(accessChanges(free)).hasSize(1);
        assertThat(bulk.apply(handler, BulkTaskActions.Action.REASSIGN, List.of(freeTask), "nobody-" + System.nanoTime(),
                chinese).get(0).message()).startsWith("未执行：用户 nobody-");

        // the complaint supervisor may: the guard records it, once
        BulkTaskActions.Result moved = bulk.apply(supervisor, BulkTaskActions.Action.REASSIGN, List.of(freeTask),
                "inspector", chinese).get(0);
        assertThat(moved.done()).as(moved.message()).isTrue();
        assertThat(fixture.openTask(free).getAssignee()).isEqualTo("inspector");
        assertThat(accessChanges(free)).hasSize(2).last().asString().contains("指派给 inspector");

        BulkTaskActions.Result back = bulk.apply(supervisor, BulkTaskActions.Action.UNCLAIM, List.of(freeTask), null,
                chinese).get(0);
        assertThat(back.done()).as(back.message()).isTrue();
        assertThat(fixture.openTask(free).getAssignee()).isNull();
        assertThat(accessChanges(free)).hasSize(3).last().asString().contains("退回组任务");
    }

    private List<String> accessChanges(String caseNo) {
        return jdbc.queryForList("select e.detail from complaint_event e join complaint c on c.id = e.complaint_id"
                + " where c.case_no = ? and e.event_type = 'TASK_ACCESS_CHANGED' order by e.id", String.class, caseNo);
    }
}
