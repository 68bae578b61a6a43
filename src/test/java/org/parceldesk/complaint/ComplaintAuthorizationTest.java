package org.parceldesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parceldesk.complaint.ComplaintTestSupport.MONDAY_9AM;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.security.StaffGroup;
import org.parceldesk.station.LegacyStationQueueUpgrade;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Camunda authorizations: a complaint task is seen and worked by its candidate groups only. */
@ParcelDeskTest
class ComplaintAuthorizationTest {

    @Autowired
    ComplaintTestSupport support;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    StationRepository stations;
    @Autowired
    LegacyStationQueueUpgrade legacyQueues;

    @BeforeEach
    void monday() {
        EngineClock.setNow(MONDAY_9AM);
    }

    @AfterEach
    void reset() {
        identity.clearAuthentication();
        EngineClock.reset();
    }

    @Test
    void aCourierCanNeitherSeeNorCompleteAHandlersTask() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null));
        Task contact = support.task(caseNo, ComplaintProcess.TASK_CONTACT_CUSTOMER);

        identity.setAuthentication("courier", List.of("courier"));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).list()).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(contact.getId()).count()).isZero();
        assertThatThrownBy(() -> tasks.complete(contact.getId(),
                Map.of("contactResult", "REACHED", "contactNote", "我是快递员，我来完成")))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasks.claim(contact.getId(), "courier")).isInstanceOf(AuthorizationException.class);
        identity.clearAuthentication();

        assertThat(support.process(caseNo)).isNotNull();
        assertThat(support.task(caseNo, ComplaintProcess.TASK_CONTACT_CUSTOMER).getId()).isEqualTo(contact.getId());
        assertThat(support.events(caseNo, ComplaintEventType.CONTACTED)).isZero();
    }

    @Test
    void aComplaintHandlerSeesAndCompletesIt() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null));

        identity.setAuthentication("complaint-handler", List.of("complaint-handler"));
        List<Task> visible = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).list();
        assertThat(visible).extracting(Task::getTaskDefinitionKey).containsExactly(ComplaintProcess.TASK_CONTACT_CUSTOMER);
        tasks.complete(visible.get(0).getId(), Map.of("contactResult", "REACHED", "contactNote", "已联系客户"));
        identity.clearAuthentication();

        ComplaintViews.Detail detail = support.detail(caseNo);
        assertThat(detail.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(detail.timeline()).filteredOn(e -> e.type() == ComplaintEventType.CONTACTED)
                .extracting(ComplaintViews.Event::actor).containsExactly("complaint-handler");
    }

    @Test
    void theStationInvestigationGoesToTheManagerOfTheComplaintsStationOnly() {
        // a second station with its own manager, who is in the group station-manager too
        String suffix = Long.toString(System.nanoTime() % 100_000_000L);
        String otherManager = "sm-" + suffix;
        String otherStation = "ST" + suffix;
        User user = identity.newUser(otherManager);
        user.setPassword("demo");
        identity.saveUser(user);
        identity.createMembership(otherManager, StaffGroup.STATION_MANAGER.id());
        stations.save(new Station(otherStation, "测试网点 " + suffix, "杭州", otherManager, "complaint-handler", false));
        try {
            String caseNo = support.file(support.newComplaintAtStation("S001", null));
            support.contact(caseNo);
            support.complete(caseNo, ComplaintProcess.TASK_INVESTIGATE, Map.of("investigationOutcome", "ASK_STATION",
                    "stationQuestion", "请核实派送记录"));
            Task station = support.task(caseNo, ComplaintProcess.TASK_STATION_INVESTIGATION);
            assertThat(candidates(station, true)).containsExactly("station-manager");
            assertThat(candidates(station, false)).as("no group fallback: S001 has a manager user").isEmpty();

            identity.setAuthentication("station-manager", List.of("station-manager"));
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).list())
                    .extracting(Task::getTaskDefinitionKey).containsExactly(ComplaintProcess.TASK_STATION_INVESTIGATION);
            identity.setAuthentication(otherManager, List.of("station-manager"));
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).list()).isEmpty();
            assertThat(tasks.createTaskQuery().taskCandidateUser(otherManager).processInstanceBusinessKey(caseNo).count())
                    .isZero();
            assertThatThrownBy(() -> tasks.complete(station.getId(), Map.of("stationFinding", "不是我的网点")))
                    .isInstanceOf(AuthorizationException.class);

            identity.setAuthentication("station-manager", List.of("station-manager"));
            tasks.complete(station.getId(), Map.of("stationFinding", "快递员当天请假，次日派送"));
            identity.clearAuthentication();
            assertThat(support.detail(caseNo).timeline())
                    .filteredOn(e -> e.type() == ComplaintEventType.STATION_ANSWERED)
                    .extracting(ComplaintViews.Event::actor).containsExactly("station-manager");
        } finally {
            identity.clearAuthentication();
            identity.deleteMembership(otherManager, StaffGroup.STATION_MANAGER.id());
            identity.deleteUser(otherManager);
        }
    }

    @Test
    void aStationWithoutAManagerUserGoesToTheSupervisorQueueNotToEveryStationManager() {
        String code = "SN" + Long.toString(System.nanoTime() % 100_000_000L);
        stations.save(new Station(code, "无负责人网点", "北京", null, "complaint-handler", false));
        String caseNo = support.file(support.newComplaintAtStation(code, null));
        support.contact(caseNo);
        support.complete(caseNo, ComplaintProcess.TASK_INVESTIGATE, Map.of("investigationOutcome", "ASK_STATION",
                "stationQuestion", "请核实签收记录"));

        Task station = support.task(caseNo, ComplaintProcess.TASK_STATION_INVESTIGATION);
        assertThat(candidates(station, true)).isEmpty();
        assertThat(candidates(station, false)).containsExactly("complaint-supervisor");
        identity.setAuthentication("station-manager", List.of("station-manager"));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).list())
                .as("the manager of another station sees nothing of this case").isEmpty();
        assertThatThrownBy(() -> tasks.complete(station.getId(), Map.of("stationFinding", "不是我的网点")))
                .isInstanceOf(AuthorizationException.class);
        identity.setAuthentication("complaint-supervisor", List.of("complaint-supervisor"));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).list())
                .extracting(Task::getTaskDefinitionKey).contains(ComplaintProcess.TASK_STATION_INVESTIGATION);
        identity.clearAuthentication();
        assertThat(support.events(caseNo, ComplaintEventType.STATION_ANSWERED)).isZero();

        // a task an older release offered to every station manager moves to the queue at startup
        tasks.deleteCandidateGroup(station.getId(), "complaint-supervisor");
        tasks.addCandidateGroup(station.getId(), StaffGroup.STATION_MANAGER.id());
        legacyQueues.moveOpenTasks();
        assertThat(candidates(station, false)).containsExactly("complaint-supervisor");
    }

    @Test
    void aHandlerCannotPassOffTheirAnswerAsTheCustomersPortalAnswer() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null));
        support.contact(caseNo);
        support.complete(caseNo, ComplaintProcess.TASK_INVESTIGATE, Map.of("investigationOutcome", "WAIT_FOR_CUSTOMER",
                "customerInfoRequest", "请提供照片"));
        Task await = support.task(caseNo, ComplaintProcess.TASK_AWAIT_CUSTOMER_INFO);

        identity.setAuthentication("complaint-handler", List.of("complaint-handler"));
        tasks.complete(await.getId(), Map.of("customerInfoNote", "客户电话说明了情况",
                ComplaintProcess.CUSTOMER_INFO_SOURCE, ComplaintProcess.SOURCE_PORTAL));
        identity.clearAuthentication();

        assertThat(support.detail(caseNo).timeline()).filteredOn(e -> e.type() == ComplaintEventType.CUSTOMER_INFO_RECEIVED)
                .extracting(ComplaintViews.Event::actor, ComplaintViews.Event::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("complaint-handler", "客户电话说明了情况"));
        assertThat(support.runtimeVariable(caseNo, ComplaintProcess.CUSTOMER_INFO_SOURCE))
                .isEqualTo(ComplaintProcess.SOURCE_PHONE);
    }

    private List<String> candidates(Task task, boolean users) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()))
                .map(link -> users ? link.getUserId() : link.getGroupId())
                .filter(java.util.Objects::nonNull).toList();
    }
}
