package org.parceldesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.claim.ClaimOrigin;
import org.parceldesk.claim.ClaimService;
import org.parceldesk.claim.CustomerContact;
import org.parceldesk.claim.LossType;
import org.parceldesk.claim.NewClaim;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.courier.CourierStatus;
import org.parceldesk.shipment.ServiceType;
import org.parceldesk.shipment.Shipment;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.shipment.ShipmentStatus;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.parceldesk.violation.ViolationIntake;
import org.parceldesk.violation.ViolationReport;
import org.parceldesk.violation.ViolationSource;
import org.parceldesk.violation.ViolationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Claims and violations: whoever is routed a task of a case can open the case through the API, and
 * nobody else beyond the roles that read every case of that kind (complaints: ComplaintVisibilityTest).
 * One table: each row is a routing rule with the people it routes to and people it does not; every
 * row is also checked for every role's demo user.
 */
@ParcelDeskTest
class RoutedCaseVisibilityTest {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);
    private static final Instant NOW = Instant.parse("2026-03-09T02:00:00Z");
    private static final String PASSWORD = "test";
    private static final Set<String> READ_EVERY_CLAIM = Set.of("claims-handler", "claims-supervisor", "claims-manager",
            "complaint-handler", "complaint-supervisor", "admin");
    private static final Set<String> READ_EVERY_VIOLATION = Set.of("inspector", "complaint-supervisor", "admin");

    @Autowired
    MockMvc mvc;
    @Autowired
    ClaimService claims;
    @Autowired
    ViolationIntake violations;
    @Autowired
    ShipmentRepository shipments;
    @Autowired
    StationRepository stations;
    @Autowired
    CourierRepository couriers;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    /** One routing rule: a case, the users it routed a task of that case to, and users it did not. */
    record Rule(String name, String path, Set<String> readers, List<String> routed, List<String> notRouted) {
    }

    @BeforeEach
    void now() {
        EngineClock.setNow(NOW);
        // a wrong password tried by another test in this context (at the real time) would otherwise keep a
        // demo user "locked" until then, seen from the earlier engine time this test runs at
        identity.createUserQuery().list().forEach(user -> identity.unlockUser(user.getId()));
    }

    @AfterEach
    void reset() {
        EngineClock.reset();
    }

    @Test
    void theRoutedCanOpenTheCaseAndNobodyElse() throws Exception {
        List<Rule> rules = new ArrayList<>();

        // claims: each task's candidate group (all claim staff), and a group or user a supervisor gave the task to
        String claim = claim();
        rules.add(new Rule("claim task → its candidate group claims-handler", claimPath(claim), READ_EVERY_CLAIM,
                List.of("claims-handler"), List.of("inspector", "station-manager", "courier")));
        String deskEast = user(group("claims-desk-east"));
        String deskWest = user(group("claims-desk-west"));
        String givenClaim = claim();
        tasks.addCandidateGroup(openTask(givenClaim).getId(), "claims-desk-east");
        rules.add(new Rule("claim task given to another group", claimPath(givenClaim), READ_EVERY_CLAIM,
                List.of(deskEast), List.of(deskWest)));
        String namedUser = user(null);
        String otherUser = user(null);
        String userClaim = claim();
        tasks.addCandidateUser(openTask(userClaim).getId(), namedUser);
        rules.add(new Rule("claim task given to a user", claimPath(userClaim), READ_EVERY_CLAIM,
                List.of(namedUser), List.of(otherUser)));

        // violations: the courier's statement goes to the courier's user and their station manager by name
        String managerA = user("station-manager");
        String managerB = user("station-manager");
        Station stationA = station(managerA);
        station(managerB);
        String courierUser = user("courier");
        String otherCourierUser = user("courier");
        Courier courier = courier(stationA, courierUser);
        courier(stationA, otherCourierUser);
        String violation = violation(courier);
        rules.add(new Rule("courier statement → the courier and the station's manager", violationPath(violation),
                READ_EVERY_VIOLATION, List.of(courierUser, managerA),
                List.of(managerB, otherCourierUser, "claims-handler", "complaint-handler")));
        // a station without a manager and a courier without a login: the supervising queue
        Courier unmanaged = courier(station(null), null);
        rules.add(new Rule("station without a manager → parceldesk.station.unmanaged.violation-group",
                violationPath(violation(unmanaged)), READ_EVERY_VIOLATION, List.of("complaint-supervisor"),
                List.of(managerA, courierUser)));
        String inspectionDesk = user(group("inspection-desk"));
        String givenViolation = violation(courier(stationA, null));
        tasks.addCandidateGroup(openTask(givenViolation).getId(), "inspection-desk");
        rules.add(new Rule("violation task given to another group", violationPath(givenViolation),
                READ_EVERY_VIOLATION, List.of(inspectionDesk), List.of(deskEast, managerB)));

        Map<String, Integer> wrong = new LinkedHashMap<>();
        for (Rule rule : rules) {
            for (String user : rule.routed()) {
                expect(wrong, rule, user, 200);
            }
            for (String user : rule.notRouted()) {
                expect(wrong, rule, user, 403);
            }
            for (StaffGroup role : StaffGroup.values()) {
                boolean reader = rule.readers().contains(role.id()) || rule.routed().contains(role.id());
                expect(wrong, rule, role.id(), reader ? 200 : 403);
            }
        }
        assertThat(wrong).as("rule / user → wrong status").isEmpty();
    }

    @Test
    void beingRoutedOneCaseOpensNeitherOtherCasesNorTheLists() throws Exception {
        String desk = user(group("claims-desk-north"));
        String given = claim();
        String other = claim();
        tasks.addCandidateGroup(openTask(given).getId(), "claims-desk-north");

        assertThat(status(desk, claimPath(given))).isEqualTo(200);
        assertThat(status(desk, claimPath(other))).isEqualTo(403);
        assertThat(status(desk, "/api/v1/claims")).isEqualTo(403);
        // a case number that does not exist tells the routed nothing either
        assertThat(status(desk, claimPath("LP20260309999999"))).isEqualTo(403);
        assertThat(status("claims-handler", claimPath("LP20260309999999"))).isEqualTo(404);
        assertThat(status(desk, violationPath("VI20260309999999"))).isEqualTo(403);
        assertThat(status("inspector", violationPath("VI20260309999999"))).isEqualTo(404);
    }

    private void expect(Map<String, Integer> wrong, Rule rule, String user, int expected) throws Exception {
        int actual = status(user, rule.path());
        if (actual != expected) {
            wrong.put(rule.name() + " / " + user + " expected " + expected, actual);
        }
    }

    private int status(String user, String path) throws Exception {
        // the users made here start with "rv"; the others are the demo users of each role
        String password = user.startsWith("rv") ? PASSWORD : "demo";
        return mvc.perform(get(path).with(httpBasic(user, password))).andReturn().getResponse().getStatus();
    }

    private static String claimPath(String caseNo) {
        return "/api/v1/claims/" + caseNo;
    }

    private static String violationPath(String caseNo) {
        return "/api/v1/violations/" + caseNo;
    }

    private Task openTask(String caseNo) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNo).active().list().get(0);
    }

    private String claim() {
        Instant shipped = NOW.minus(Duration.ofDays(10));
        ShipmentSnapshot parcel = new ShipmentSnapshot("RCV" + SEQUENCE.incrementAndGet(), ServiceType.DOMESTIC,
                shipped, shipped.plus(Duration.ofDays(3)), null, "C0005", "C0005", "S001", "S003", new BigDecimal("12.00"),
                false, null, null, ShipmentStatus.EXCEPTION);
        shipments.save(new Shipment(parcel));
        String caseNo = claims.register(new NewClaim(ClaimOrigin.API, null, parcel.waybillNo(),
                new CustomerContact("测试客户", "13800138000", null), "包裹丢失", LossType.LOSS, null)).getCaseNo();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).active().count())
                .as("claim %s waits at a task", caseNo).isPositive();
        return caseNo;
    }

    private String violation(Courier courier) {
        String caseNo = violations.register(new ViolationReport(ViolationSource.INSPECTION, null, courier.getEmployeeNo(),
                ViolationType.RUDE, null, "测试登记"));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).active().count())
                .as("violation %s waits at a task", caseNo).isPositive();
        return caseNo;
    }

    private Station station(String manager) {
        return stations.save(new Station("RV" + SEQUENCE.incrementAndGet(), "测试网点", "上海", manager,
                "complaint-handler", false));
    }

    private Courier courier(Station station, String userId) {
        return couriers.save(new Courier("RC" + SEQUENCE.incrementAndGet(), "测试快递员", station.getCode(), "13800000000",
                CourierStatus.ACTIVE, userId));
    }

    private String group(String id) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(id);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
        return id;
    }

    /** A user of its own (id with digits, password "test"), in the group if one is given. */
    private String user(String group) {
        String id = "rv" + SEQUENCE.incrementAndGet();
        User user = identity.newUser(id);
        user.setFirstName(id);
        user.setLastName("Test");
        user.setEmail(id + "@parceldesk.example");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        if (group != null) {
            identity.createMembership(id, group);
        }
        return id;
    }
}
