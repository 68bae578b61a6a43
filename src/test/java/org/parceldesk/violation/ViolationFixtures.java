package org.parceldesk.violation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.courier.CourierStatus;
import org.parceldesk.security.StaffGroup;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.parceldesk.testing.EngineClock;

/**
 * Fresh stations, couriers and users for each test (the database is shared by all tests), and
 * the steps of a violation case as the people involved take them.
 */
final class ViolationFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final ProcessEngine engine;
    private final StationRepository stations;
    private final CourierRepository couriers;
    private final ViolationRegistration registration;

    ViolationFixtures(ProcessEngine engine, StationRepository stations, CourierRepository couriers,
            ViolationRegistration registration) {
        this.engine = engine;
        this.stations = stations;
        this.couriers = couriers;
        this.registration = registration;
    }

    static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    /** A station with a manager user of its own. */
    Station station() {
        String manager = user(unique("vsm"), StaffGroup.STATION_MANAGER);
        return stations.save(new Station(unique("VS"), "测试网点", "上海", manager, "complaint-handler", false));
    }

    /** An active courier of the station with a login of their own. */
    Courier courier(Station station) {
        String user = user(unique("vc"), StaffGroup.COURIER);
        return couriers.save(new Courier(unique("V"), "测试快递员", station.getCode(), "13800000000",
                CourierStatus.ACTIVE, user));
    }

    Courier courierWithoutLogin(Station station, CourierStatus status) {
        return couriers.save(new Courier(unique("V"), "测试快递员", station.getCode(), "13800000000", status, null));
    }

    String inspector() {
        return user(unique("vi"), StaffGroup.INSPECTOR);
    }

    String supervisor() {
        return user(unique("vs"), StaffGroup.COMPLAINT_SUPERVISOR);
    }

    String user(String id, StaffGroup group) {
        IdentityService identity = engine.getIdentityService();
        User user = identity.newUser(id);
        user.setFirstName(id);
        user.setLastName("Test");
        user.setEmail(id + "@parceldesk.example");
        user.setPassword("test");
        identity.saveUser(user);
        identity.createMembership(id, group.id());
        return id;
    }

    String register(Courier courier, ViolationType type) {
        return register(courier, type, null);
    }

    String register(Courier courier, ViolationType type, String waybillNo) {
        return registration.register(new NewViolation(ViolationSource.INSPECTION, null, courier.getEmployeeNo(), type,
                waybillNo, "测试登记", null, ViolationRegistration.dedupeKey(courier.getEmployeeNo(), type, waybillNo),
                "inspector")).caseNo();
    }

    org.camunda.bpm.engine.runtime.ProcessInstance processInstance(String caseNo) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey(CourierViolationProcess.KEY).singleResult();
    }

    org.camunda.bpm.engine.history.HistoricProcessInstance history(String caseNo) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey(CourierViolationProcess.KEY).singleResult();
    }

    Task task(String caseNo, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNo)
                .taskDefinitionKey(taskKey).singleResult();
    }

    /** Completes the task as the user, through the engine's authorization checks, like Tasklist does. */
    void complete(String caseNo, String taskKey, String userId, Map<String, Object> variables) {
        Task task = task(caseNo, taskKey);
        if (task == null) {
            throw new AssertionError("no open task " + taskKey + " in " + caseNo);
        }
        asUser(userId, () -> engine.getTaskService().complete(task.getId(), variables));
    }

    void asUser(String userId, Runnable action) {
        IdentityService identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(group -> group.getId()).toList();
        identity.setAuthentication(userId, groups);
        try {
            action.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    List<Task> visibleTasks(String caseNo, String userId) {
        List<Task>[] result = new List[1];
        asUser(userId, () -> result[0] = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNo).list());
        return result[0];
    }

    // --- the steps

    void statement(String caseNo, String userId) {
        complete(caseNo, "Task_CourierStatement", userId, Map.of("statementText", "当天客户不在家,已电话联系"));
    }

    void decide(String caseNo, String inspector, ViolationDecision decision, Severity severity) {
        complete(caseNo, "Task_ReviewDecide", inspector, severity == null
                ? Map.of("decision", decision.name(), "decisionReason", "核查签收记录与通话记录")
                : Map.of("decision", decision.name(), "severity", severity.name(), "decisionReason", "核查签收记录与通话记录"));
    }

    void stationApproval(String caseNo, String manager, boolean approve) {
        complete(caseNo, "Task_StationApproval", manager, Map.of("stationApproval", approve ? "APPROVED" : "REJECTED",
                "approvalComment", approve ? "同意" : "证据不足,请重新核实"));
    }

    void supervisorApproval(String caseNo, String supervisor, boolean approve) {
        complete(caseNo, "Task_SupervisorApproval", supervisor,
                Map.of("supervisorApproval", approve ? "APPROVED" : "REJECTED",
                        "approvalComment", approve ? "同意" : "处罚过重,请重新裁定"));
    }

    void acceptDecision(String caseNo, String userId) {
        complete(caseNo, "Task_Appeal", userId, Map.of("appealChoice", "ACCEPT"));
    }

    void appeal(String caseNo, String userId) {
        complete(caseNo, "Task_Appeal", userId, Map.of("appealChoice", "APPEAL", "appealText", "客户已当面签收,有监控为证"));
    }

    void reviewAppeal(String caseNo, String inspector, AppealOutcome outcome, Severity reducedTo) {
        complete(caseNo, "Task_ReviewAppeal", inspector, reducedTo == null
                ? Map.of("appealOutcome", outcome.name(), "appealReason", "复核监控录像")
                : Map.of("appealOutcome", outcome.name(), "reducedSeverity", reducedTo.name(),
                        "appealReason", "复核监控录像"));
    }

    /** Takes a registered case through statement, upheld decision, approvals and accepted decision. */
    String upheldAndAccepted(String caseNo, Courier courier, String inspector, String supervisor, Severity severity) {
        statement(caseNo, courier.getUserId());
        decide(caseNo, inspector, ViolationDecision.UPHELD, severity);
        String manager = stations.findById(courier.getStationCode()).orElseThrow().getManagerUserId();
        stationApproval(caseNo, manager, true);
        if (task(caseNo, "Task_SupervisorApproval") != null) {
            supervisorApproval(caseNo, supervisor, true);
        }
        acceptDecision(caseNo, courier.getUserId());
        return caseNo;
    }

    /** Moves both clocks and runs the case's jobs due by then (the job executor is off in tests). */
    void runJobsDueBy(String caseNo, Instant now) {
        EngineClock.setNow(now);
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(processInstance(caseNo).getId())
                .duedateLowerThan(java.util.Date.from(now.plusSeconds(1))).list()) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    static Map<String, Object> vars(Object... keyValues) {
        java.util.Map<String, Object> map = new java.util.HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    static List<String> ids(List<Task> tasks) {
        return Arrays.asList(tasks.stream().map(Task::getTaskDefinitionKey).toArray(String[]::new));
    }
}
