package org.parceldesk.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.courier.CourierStatus;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A courier sees only their own cases, tasks and ledger; a station manager only their stations';
 * over the API and in the engine's task lists alike.
 */
@ParcelDeskTest
class ViolationAccessTest {

    private static final String PASSWORD = "test";

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    StationRepository stations;
    @Autowired
    CourierRepository couriers;
    @Autowired
    ViolationRegistration registration;

    ViolationFixtures fixtures;
    Station station;
    Station otherStation;
    Courier courier;
    Courier colleague;
    Courier elsewhere;
    String caseNo;
    String colleagueCase;
    String elsewhereCase;

    @BeforeEach
    void setUp() {
        EngineClock.setNow(Instant.parse("2026-06-01T02:00:00Z"));
        fixtures = new ViolationFixtures(engine, stations, couriers, registration);
        station = fixtures.station();
        otherStation = fixtures.station();
        courier = fixtures.courier(station);
        colleague = fixtures.courier(station);
        elsewhere = fixtures.courier(otherStation);
        caseNo = fixtures.register(courier, ViolationType.RUDE);
        colleagueCase = fixtures.register(colleague, ViolationType.RUDE);
        elsewhereCase = fixtures.register(elsewhere, ViolationType.RUDE);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void aCourierReadsOnlyTheirOwnCases() throws Exception {
        read(caseNo, courier.getUserId()).andExpect(status().isOk()).andExpect(jsonPath("$.caseNo").value(caseNo));
        read(colleagueCase, courier.getUserId()).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("禁止访问"));
        read("WG20990101000001", courier.getUserId()).andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/violations").with(httpBasic(courier.getUserId(), PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].caseNo").value(caseNo));
        mvc.perform(get("/api/v1/violations").param("courierNo", colleague.getEmployeeNo())
                .with(httpBasic(courier.getUserId(), PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/violations").param("stationCode", station.getCode())
                .with(httpBasic(courier.getUserId(), PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void aCourierReadsOnlyTheirOwnLedger() throws Exception {
        ledger(courier.getEmployeeNo(), courier.getUserId()).andExpect(status().isOk())
                .andExpect(jsonPath("$.courierNo").value(courier.getEmployeeNo()))
                .andExpect(jsonPath("$.openCases[0]").value(caseNo));
        ledger(colleague.getEmployeeNo(), courier.getUserId()).andExpect(status().isForbidden());
        ledger("NOBODY", courier.getUserId()).andExpect(status().isForbidden());
    }

    @Test
    void aStationManagerReadsTheCasesAndLedgersOfTheirStationsOnly() throws Exception {
        String manager = station.getManagerUserId();
        read(caseNo, manager).andExpect(status().isOk());
        read(colleagueCase, manager).andExpect(status().isOk());
        read(elsewhereCase, manager).andExpect(status().isForbidden());
        ledger(colleague.getEmployeeNo(), manager).andExpect(status().isOk());
        ledger(elsewhere.getEmployeeNo(), manager).andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/violations").with(httpBasic(manager, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[*].caseNo", containsInAnyOrder(caseNo, colleagueCase)));
        mvc.perform(get("/api/v1/violations").param("stationCode", otherStation.getCode())
                .with(httpBasic(manager, PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/violations").param("courierNo", elsewhere.getEmployeeNo())
                .with(httpBasic(manager, PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/violations").param("courierNo", colleague.getEmployeeNo())
                .with(httpBasic(manager, PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].caseNo").value(colleagueCase));
    }

    @Test
    void inspectorsAndSupervisorsReadEverythingAndOtherRolesNothing() throws Exception {
        read(elsewhereCase, fixtures.inspector()).andExpect(status().isOk());
        read(elsewhereCase, fixtures.supervisor()).andExpect(status().isOk());
        read("WG20990101000001", fixtures.inspector()).andExpect(status().isNotFound());
        ledger("NOBODY", fixtures.inspector()).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/violations/" + caseNo).with(httpBasic("claims-handler", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theStatementTaskIsVisibleToTheCourierAndTheirStationManagerOnly() {
        assertThat(ViolationFixtures.ids(fixtures.visibleTasks(caseNo, courier.getUserId())))
                .containsExactly("Task_CourierStatement");
        assertThat(fixtures.visibleTasks(caseNo, station.getManagerUserId())).hasSize(1);
        assertThat(fixtures.visibleTasks(caseNo, colleague.getUserId())).isEmpty();
        assertThat(fixtures.visibleTasks(caseNo, elsewhere.getUserId())).isEmpty();
        assertThat(fixtures.visibleTasks(caseNo, otherStation.getManagerUserId())).isEmpty();
        assertThat(fixtures.visibleTasks(caseNo, "courier")).isEmpty();        // the demo courier C0001
        assertThat(fixtures.visibleTasks(caseNo, "station-manager")).isEmpty(); // the demo manager of S001
        assertThat(fixtures.visibleTasks(caseNo, fixtures.inspector())).isEmpty();

        assertThatThrownBy(() -> fixtures.complete(caseNo, "Task_CourierStatement", colleague.getUserId(),
                Map.of("statementText", "我替他说明")))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void aStationManagerMayGiveTheStatementOnTheCourierBehalf() {
        fixtures.complete(caseNo, "Task_CourierStatement", station.getManagerUserId(),
                Map.of("statementText", "快递员无手机,由网点代为说明"));
        assertThat(fixtures.task(caseNo, "Task_ReviewDecide")).isNotNull();
    }

    @Test
    void aCourierWithoutLoginIsHeardThroughTheStationAndAStationWithoutManagerThroughTheSupervisorQueue() {
        Courier noLogin = fixtures.courierWithoutLogin(station, CourierStatus.ACTIVE);
        String byStation = fixtures.register(noLogin, ViolationType.DRESS_CODE);
        assertThat(candidates(byStation)).containsExactly("user:" + station.getManagerUserId());

        Station unmanaged = stations.save(new Station(ViolationFixtures.unique("VS"), "无负责人网点", "杭州", null,
                "complaint-handler", false));
        Courier alone = fixtures.courier(unmanaged);
        String byCourier = fixtures.register(alone, ViolationType.DRESS_CODE);
        assertThat(candidates(byCourier)).as("the courier can answer; no station-wide group")
                .containsExactly("user:" + alone.getUserId());

        Courier nobody = fixtures.courierWithoutLogin(unmanaged, CourierStatus.ACTIVE);
        String bySupervisor = fixtures.register(nobody, ViolationType.DRESS_CODE);
        assertThat(candidates(bySupervisor)).containsExactly("group:complaint-supervisor");
    }

    private java.util.List<String> candidates(String caseNo) {
        return engine.getTaskService().getIdentityLinksForTask(fixtures.task(caseNo, "Task_CourierStatement").getId())
                .stream().filter(link -> "candidate".equals(link.getType()))
                .map(link -> link.getUserId() != null ? "user:" + link.getUserId() : "group:" + link.getGroupId())
                .toList();
    }

    private org.springframework.test.web.servlet.ResultActions read(String caseNo, String user) throws Exception {
        return mvc.perform(get("/api/v1/violations/" + caseNo).with(httpBasic(user, password(user))));
    }

    private org.springframework.test.web.servlet.ResultActions ledger(String courierNo, String user) throws Exception {
        return mvc.perform(get("/api/v1/couriers/" + courierNo + "/ledger").with(httpBasic(user, password(user))));
    }

    private static String password(String user) {
        return user.startsWith("v") ? PASSWORD : "demo";
    }
}
