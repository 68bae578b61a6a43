package org.parceldesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.claim.ClaimOrigin;
import org.parceldesk.claim.ClaimService;
import org.parceldesk.claim.CustomerContact;
import org.parceldesk.claim.LossType;
import org.parceldesk.claim.NewClaim;
import org.parceldesk.complaint.ComplaintIntake;
import org.parceldesk.complaint.NewComplaint;
import org.parceldesk.shipment.ServiceType;
import org.parceldesk.shipment.Shipment;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.shipment.ShipmentStatus;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.parceldesk.violation.ViolationIntake;
import org.parceldesk.violation.ViolationReport;
import org.parceldesk.violation.ViolationSource;
import org.parceldesk.violation.ViolationType;
import org.springframework.beans.factory.annotation.Autowired;

@ParcelDeskTest
class TasklistFilterSetupTest {

    private static final List<String> NAMES = List.of(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUP_TASKS,
            TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE);
    private static final String ALL_TASKS = "全部任务 All tasks";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired TasklistFilterSetup setup;
    @Autowired FilterService filters;
    @Autowired TaskService tasks;
    @Autowired AuthorizationService authorizations;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired ComplaintIntake complaints;
    @Autowired ClaimService claims;
    @Autowired ViolationIntake violations;
    @Autowired ShipmentRepository shipments;

    private final List<String> createdTasks = new ArrayList<>();
    private final List<String> createdUsers = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        identity.clearAuthentication();
        EngineClock.reset();
        createdTasks.forEach(id -> tasks.deleteTask(id, true));
        createdUsers.forEach(identity::deleteUser);
    }

    @Test
    void aRestartFindsTheFiltersAndChangesNothingButTheirDefinition() {
        Map<String, String> before = idsByName();
        assertThat(before).as("created at startup").containsOnlyKeys(NAMES);

        setup.setUp();
        setup.setUp();

        assertThat(idsByName()).isEqualTo(before);
        Filter overdue = filters.getFilter(before.get(TasklistFilters.OVERDUE));
        assertThat(overdue.getOwner()).isNull();
        assertThat(overdue.getProperties()).containsEntry("description",
                "已过截止时间的任务，超时最久的在前 · Overdue: tasks past their due date, longest overdue first");
        assertThat(variableNames(overdue)).containsExactly("caseNo", "category", "reportedLossType", "violationType",
                "priority", "severity");
        Filter all = filters.createFilterQuery().filterName(ALL_TASKS).singleResult();
        assertThat(all.getProperties().get("priority")).as("Tasklist opens the lowest priority: ours come first")
                .isInstanceOf(Number.class).satisfies(priority -> assertThat(((Number) priority).intValue())
                        .isGreaterThan(((Number) overdue.getProperties().get("priority")).intValue()));
        for (String id : before.values()) {
            assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(id)
                    .groupIdIn("complaint-handler").count()).as("one grant per group and filter").isEqualTo(1);
        }
    }

    @Test
    void twoNodesStartingAtOnceCreateEachFilterOnce() throws Exception {
        idsByName().values().forEach(filters::deleteFilter);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> {
                    start.await();
                    setup.setUp();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }
        for (String name : NAMES) {
            assertThat(ownerless(name)).as(name).hasSize(1);
        }
    }

    @Test
    void theRolesThatWorkTasksReadTheFiltersOthersDoNot() {
        String handler = user("complaint-handler");
        String courier = user("courier");
        String designer = user("process-designer");
        String intake = user("intake-api");

        assertThat(visibleFilters(handler, "complaint-handler")).containsAll(NAMES).contains(ALL_TASKS);
        assertThat(visibleFilters(courier, "courier")).containsAll(NAMES).contains(ALL_TASKS);
        assertThat(visibleFilters(designer, "process-designer")).doesNotContainAnyElementsOf(NAMES).doesNotContain(ALL_TASKS);
        assertThat(visibleFilters(intake, "intake-api")).doesNotContainAnyElementsOf(NAMES).doesNotContain(ALL_TASKS);
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(Authorization.ANY)
                .groupIdIn("process-designer", "intake-api", "complaint-handler").count())
                .as("no group but admin reads every filter").isZero();
    }

    @Test
    void aGrantToAGroupThatDoesNotWorkTasksIsTakenBackAndAUsersShareStays() {
        String filterId = idsByName().get(TasklistFilters.MY_TASKS);
        Authorization designerGrant = readGrant(filterId);
        designerGrant.setGroupId("process-designer");
        authorizations.saveAuthorization(designerGrant);
        String someone = user("complaint-handler");
        Authorization userShare = readGrant(filterId);
        userShare.setUserId(someone);
        authorizations.saveAuthorization(userShare);

        setup.setUp();

        assertThat(authorizations.createAuthorizationQuery().authorizationId(designerGrant.getId()).count()).isZero();
        assertThat(authorizations.createAuthorizationQuery().authorizationId(userShare.getId()).count()).isEqualTo(1);
        authorizations.deleteAuthorization(userShare.getId());
    }

    @Test
    void eachFilterSelectsTheTasksItsNameSays() {
        Instant now = Instant.parse("2030-05-06T02:00:00Z");
        EngineClock.setNow(now);
        String handler = user("complaint-handler");
        String mineDueSoon = task(now.plus(2, ChronoUnit.HOURS), handler, "complaint-handler");
        String groupLater = task(now.plus(30, ChronoUnit.HOURS), null, "complaint-handler");
        String groupOverdue = task(now.minus(1, ChronoUnit.HOURS), null, "complaint-handler");
        String groupDueSoon = task(now.plus(5, ChronoUnit.HOURS), null, "complaint-handler");
        String otherTeam = task(now.plus(1, ChronoUnit.HOURS), null, "claims-handler");
        Set<String> ours = Set.of(mineDueSoon, groupLater, groupOverdue, groupDueSoon, otherTeam);

        identity.setAuthentication(handler, List.of("complaint-handler"));
        Map<String, String> ids = idsByName();
        assertThat(listed(ids.get(TasklistFilters.MY_TASKS), ours)).containsExactly(mineDueSoon);
        assertThat(listed(ids.get(TasklistFilters.MY_GROUP_TASKS), ours)).as("unclaimed, earliest due first")
                .containsExactly(groupOverdue, groupDueSoon, groupLater);
        assertThat(listed(ids.get(TasklistFilters.DUE_SOON), ours)).as("due within 6 h from the engine's now")
                .containsExactly(mineDueSoon, groupDueSoon);
        assertThat(listed(ids.get(TasklistFilters.OVERDUE), ours)).containsExactly(groupOverdue);

        // the same filter a little later: the window moves with the clock
        EngineClock.setNow(now.plus(3, ChronoUnit.HOURS));
        assertThat(listed(ids.get(TasklistFilters.OVERDUE), ours)).containsExactly(groupOverdue, mineDueSoon);
        assertThat(listed(ids.get(TasklistFilters.DUE_SOON), ours)).containsExactly(groupDueSoon);
    }

    @Test
    void theColumnsAreVariablesTheThreeProcessesSet() {
        Filter filter = filters.getFilter(idsByName().get(TasklistFilters.MY_TASKS));
        List<String> columns = variableNames(filter);

        Map<String, Object> complaint = runtime.getVariables(processOf(fileComplaint()));
        Map<String, Object> claim = runtime.getVariables(processOf(fileClaim()));
        Map<String, Object> violation = runtime.getVariables(processOf(violations.register(new ViolationReport(
                ViolationSource.INSPECTION, null, "C0005", ViolationType.DRESS_CODE, null, "未按规定着装"))));

        assertThat(complaint).containsKeys("caseNo", "category", "priority");
        assertThat(claim).containsKeys("caseNo", "reportedLossType").containsEntry("reportedLossType", "LOSS");
        assertThat(violation).containsKeys("caseNo", "violationType");
        Set<String> set = new java.util.HashSet<>(complaint.keySet());
        set.addAll(claim.keySet());
        set.addAll(violation.keySet());
        // severity is the inspector's decision (Task_ReviewDecide), set once the case is decided
        assertThat(columns.stream().filter(name -> !name.equals("severity"))).allMatch(set::contains);
    }

    @Test
    void theDueSoonWindowComesFromTheConfiguration() {
        TasklistFilters.Definition dueSoon = TasklistFilters.definitions(tasks, Duration.ofMinutes(90)).get(2);
        assertThat(dueSoon.name()).isEqualTo(TasklistFilters.DUE_SOON);
        assertThat(dueSoon.description()).startsWith("将在 90 分钟 内到期的任务").endsWith("within the next 90 minutes");
        assertThat(new TasklistFilterProperties(null, null).dueSoonWithin()).isEqualTo(Duration.ofHours(6));
    }

    private List<String> listed(String filterId, Set<String> ours) {
        List<Task> found = filters.list(filterId);
        return found.stream().map(Task::getId).filter(ours::contains).toList();
    }

    private String task(Instant due, String assignee, String candidateGroup) {
        Task task = tasks.newTask();
        task.setName("筛选测试 " + SEQUENCE.incrementAndGet());
        task.setDueDate(Date.from(due));
        tasks.saveTask(task);
        createdTasks.add(task.getId());
        tasks.addCandidateGroup(task.getId(), candidateGroup);
        if (assignee != null) {
            tasks.setAssignee(task.getId(), assignee);
        }
        return task.getId();
    }

    private List<String> visibleFilters(String user, String group) {
        identity.setAuthentication(user, List.of(group));
        try {
            return filters.createFilterQuery().list().stream().map(Filter::getName).toList();
        } finally {
            identity.clearAuthentication();
        }
    }

    private Authorization readGrant(String filterId) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setResource(Resources.FILTER);
        grant.setResourceId(filterId);
        grant.addPermission(Permissions.READ);
        return grant;
    }

    private String user(String group) {
        String id = "filter-" + group + "-" + SEQUENCE.incrementAndGet();
        User user = identity.newUser(id);
        user.setPassword("test");
        identity.saveUser(user);
        identity.createMembership(id, group);
        createdUsers.add(id);
        return id;
    }

    private Map<String, String> idsByName() {
        return filters.createFilterQuery().filterResourceType(EntityTypes.TASK).list().stream()
                .filter(filter -> filter.getOwner() == null && NAMES.contains(filter.getName()))
                .collect(Collectors.toMap(Filter::getName, Filter::getId));
    }

    private List<Filter> ownerless(String name) {
        return filters.createFilterQuery().filterName(name).list().stream().filter(f -> f.getOwner() == null).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> variableNames(Filter filter) {
        return ((List<Map<String, String>>) filter.getProperties().get("variables")).stream()
                .map(variable -> variable.get("name")).toList();
    }

    private String processOf(String caseNo) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
    }

    private String fileComplaint() {
        ShipmentSnapshot parcel = parcel(Instant.now().minus(Duration.ofDays(2)));
        return complaints.file(new NewComplaint(parcel.waybillNo(), "PHONE", "ATTITUDE", "李小华",
                String.valueOf(13740000000L + SEQUENCE.incrementAndGet()), null, "快递员上门态度恶劣，要求处理。"), null,
                "complaint-handler").receipt().caseNo();
    }

    private String fileClaim() {
        ShipmentSnapshot parcel = parcel(Instant.now().minus(Duration.ofDays(10)));
        return claims.register(new NewClaim(ClaimOrigin.PORTAL, null, parcel.waybillNo(),
                new CustomerContact("测试客户", "13800138000", "customer@example.com"), "包裹丢失", LossType.LOSS, null))
                .getCaseNo();
    }

    private ShipmentSnapshot parcel(Instant shipped) {
        ShipmentSnapshot snapshot = new ShipmentSnapshot("TF" + System.nanoTime() % 1_000_000_000L, ServiceType.DOMESTIC,
                shipped, shipped.plus(Duration.ofDays(3)), null, "C0005", "C0005", "S001", "S001", new BigDecimal("12.00"),
                false, null, null, ShipmentStatus.EXCEPTION);
        shipments.save(new Shipment(snapshot));
        return snapshot;
    }
}
