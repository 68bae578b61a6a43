package org.parceldesk.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.courier.CourierStatus;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Registration, vehicle alarms and reading over the API, with every refusal the issue names. */
@ParcelDeskTest
class ViolationApiTest {

    private static final String PASSWORD = "test";
    private static final Instant NOW = Instant.parse("2026-05-11T03:00:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProcessEngine engine;
    @Autowired
    StationRepository stations;
    @Autowired
    CourierRepository couriers;
    @Autowired
    ViolationRegistration registration;
    @Autowired
    ViolationIntake intake;
    @Autowired
    PlatformTransactionManager transactions;

    ViolationFixtures fixtures;
    Station station;
    Courier courier;
    String inspector;

    @BeforeEach
    void setUp() {
        EngineClock.setNow(NOW);
        fixtures = new ViolationFixtures(engine, stations, couriers, registration);
        station = fixtures.station();
        courier = fixtures.courier(station);
        inspector = fixtures.inspector();
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void anInspectorRegistersAViolationAndItsProcessStarts() throws Exception {
        JsonNode created = body(register(inspector, manual(courier.getEmployeeNo(), "FALSE_DELIVERY", "PD2026000041"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/violations/WG20260511")))
                .andExpect(jsonPath("$.status").value("AWAITING_STATEMENT"))
                .andExpect(jsonPath("$.stationCode").value(station.getCode()))
                .andExpect(jsonPath("$.registeredBy").value(inspector))
                .andExpect(jsonPath("$.timeline[0].kind").value("REGISTERED")));
        String caseNo = created.get("caseNo").asText();

        assertThat(fixtures.task(caseNo, "Task_CourierStatement")).isNotNull();
        assertThat(fixtures.processInstance(caseNo).getBusinessKey()).isEqualTo(caseNo);
    }

    @Test
    void theSameCourierTypeAndWaybillIsRefusedWithTheExistingCase() throws Exception {
        String body = manual(courier.getEmployeeNo(), "FALSE_DELIVERY", "PD2026000042");
        String caseNo = body(register(inspector, body).andExpect(status().isCreated())).get("caseNo").asText();

        register(inspector, body).andExpect(status().isConflict())
                .andExpect(jsonPath("$.existingCaseNo").value(caseNo))
                .andExpect(jsonPath("$.errors[0].field").value("waybillNo"));
        // another type on the same waybill is another violation
        register(inspector, manual(courier.getEmployeeNo(), "RUDE", "PD2026000042")).andExpect(status().isCreated());
    }

    @Test
    void unknownOrInactiveCouriersAndUnknownWaybillsAreUnprocessable() throws Exception {
        register(inspector, manual("NOBODY", "RUDE", null)).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("courierNo"));
        Courier suspended = fixtures.courierWithoutLogin(station, CourierStatus.SUSPENDED);
        register(inspector, manual(suspended.getEmployeeNo(), "RUDE", null)).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString("SUSPENDED")));
        // the demo data's departed courier
        register(inspector, manual("C0010", "RUDE", null)).andExpect(status().isUnprocessableEntity());
        register(inspector, manual(courier.getEmployeeNo(), "RUDE", "PD9999999999"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("waybillNo"));
    }

    @Test
    void badRequestsNameTheField() throws Exception {
        register(inspector, """
                {"source":"MONITORING","courierNo":"%s","type":"SPEEDING","description":"超速"}"""
                .formatted(courier.getEmployeeNo())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "应为以下之一：[COMPLAINT, CLAIM, INSPECTION, MANUAL]；车辆监控报警请提交到 /api/v1/monitoring/alarms"));
        register(inspector, """
                {"source":"MONITORING","courierNo":"%s","type":"SPEEDING","description":"超速"}"""
                .formatted(courier.getEmployeeNo()), "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "must be one of [COMPLAINT, CLAIM, INSPECTION, MANUAL]; vehicle alarms go to /api/v1/monitoring/alarms"));
        register(inspector, """
                {"source":"COMPLAINT","courierNo":"%s","type":"RUDE","description":"态度差"}"""
                .formatted(courier.getEmployeeNo())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sourceCaseNo"))
                .andExpect(jsonPath("$.errors[0].message").value("来源为 COMPLAINT 时必填"));
        register(inspector, """
                {"source":"COMPLAINT","courierNo":"%s","type":"RUDE","description":"态度差"}"""
                .formatted(courier.getEmployeeNo()), "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("is required for source COMPLAINT"));
        mvc.perform(get("/api/v1/violations/WG20990101999999").with(httpBasic(inspector, PASSWORD)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("违规案件 WG20990101999999 不存在"));
        mvc.perform(get("/api/v1/violations/WG20990101999999").with(httpBasic(inspector, PASSWORD))
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("violation WG20990101999999 does not exist"));
        register(inspector, """
                {"source":"MANUAL","courierNo":"%s","description":"态度差"}""".formatted(courier.getEmployeeNo()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("type"));
        register(inspector, """
                {"source":"MANUAL","courierNo":"%s","type":"NAPPING","description":"睡觉"}"""
                .formatted(courier.getEmployeeNo())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
    }

    @Test
    void onlyInspectorsAndAdminsRegister() throws Exception {
        register(courier.getUserId(), manual(courier.getEmployeeNo(), "RUDE", null)).andExpect(status().isForbidden());
        register(station.getManagerUserId(), manual(courier.getEmployeeNo(), "RUDE", null))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/violations").contentType(MediaType.APPLICATION_JSON)
                .content(manual(courier.getEmployeeNo(), "RUDE", null))).andExpect(status().isUnauthorized());
    }

    @Test
    void complaintsAndClaimsGetTheExistingCaseBackForARepeatedReport() {
        ViolationReport report = new ViolationReport(ViolationSource.COMPLAINT, "TS20260511000001",
                courier.getEmployeeNo(), ViolationType.FALSE_DELIVERY, "PD2026000043", "投诉核实:虚假签收");
        String caseNo = intake.register(report);

        assertThat(caseNo).startsWith("WG20260511");
        assertThat(intake.register(report)).isEqualTo(caseNo);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count())
                .isEqualTo(1);
        assertThatThrownBy(() -> intake.register(new ViolationReport(ViolationSource.CLAIM, "LP20260511000001", "C0009",
                ViolationType.LOST_BY_NEGLIGENCE, null, "理赔追偿")))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("SUSPENDED");
    }

    @Test
    void aRefusedReportLeavesTheCallerTransactionUsable() {
        TransactionTemplate callerTransaction = new TransactionTemplate(transactions);
        String caseNo = callerTransaction.execute(status -> {
            try {
                intake.register(new ViolationReport(ViolationSource.COMPLAINT, "TS20260511000002", "C0010",
                        ViolationType.RUDE, null, "离职快递员"));
                fail("a report on C0010, who has LEFT, must be refused");
            } catch (ApiProblem refused) {
                assertThat(refused.status().value()).isEqualTo(422);
            }
            // the complaint step carries on and commits its own work
            return intake.register(new ViolationReport(ViolationSource.COMPLAINT, "TS20260511000002",
                    courier.getEmployeeNo(), ViolationType.RUDE, null, "态度恶劣"));
        });
        assertThat(fixtures.processInstance(caseNo)).isNotNull();
    }

    @Test
    void speedingAboveTheToleranceBecomesOneCasePerCourierAndHour() throws Exception {
        String at = "2026-05-11T02:10:00Z"; // 10:10 in Shanghai
        alarm(inspector, speeding("\"courierNo\":\"" + courier.getEmployeeNo() + "\"", 70, 60, at))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("BELOW_THRESHOLD"))
                .andExpect(jsonPath("$.caseNo").doesNotExist());
        JsonNode first = body(alarm(inspector, speeding("\"courierNo\":\"" + courier.getEmployeeNo() + "\"", 78, 60, at))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.outcome").value("REGISTERED")));
        String caseNo = first.get("caseNo").asText();

        alarm(inspector, speeding("\"courierNo\":\"" + courier.getEmployeeNo() + "\"", 95, 60, "2026-05-11T02:55:00Z"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.existingCaseNo").value(caseNo));
        String nextHour = body(alarm(inspector,
                speeding("\"courierNo\":\"" + courier.getEmployeeNo() + "\"", 95, 60, "2026-05-11T03:01:00Z"))
                .andExpect(status().isCreated())).get("caseNo").asText();
        assertThat(nextHour).isNotEqualTo(caseNo);

        mvc.perform(get("/api/v1/violations/" + caseNo).with(httpBasic(inspector, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.source").value("MONITORING"))
                .andExpect(jsonPath("$.violationType").value("SPEEDING"))
                .andExpect(jsonPath("$.occurredAt").value("2026-05-11T02:10:00Z"))
                .andExpect(jsonPath("$.description", org.hamcrest.Matchers.containsString("车速 78 km/h")));
    }

    @Test
    void alarmsFindTheCourierByPlate() throws Exception {
        String plate = ViolationFixtures.unique("沪T");
        mvc.perform(put("/api/v1/couriers/" + courier.getEmployeeNo() + "/vehicle").with(httpBasic(inspector, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"plate\":\"" + plate + "\"}"))
                .andExpect(status().isOk());

        alarm(inspector, speeding("\"plate\":\"" + plate + "\"", 90, 60, "2026-05-11T01:00:00Z"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.courierNo").value(courier.getEmployeeNo()));
        alarm(inspector, speeding("\"plate\":\"沪X00000\"", 90, 60, "2026-05-11T01:00:00Z"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("plate"))
                .andExpect(jsonPath("$.errors[0].message").value("车牌未登记：沪X00000"));
        mvc.perform(post("/api/v1/monitoring/alarms").with(httpBasic(inspector, PASSWORD)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(speeding("\"plate\":\"沪X00000\"", 90, 60, "2026-05-11T01:00:00Z")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message").value("unknown vehicle plate 沪X00000"));
        alarm(inspector, speeding("\"plate\":\"" + plate + "\",\"courierNo\":\"C0002\"", 90, 60, "2026-05-11T01:00:00Z"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("courierNo"));
        // neither plate nor courier (the JSON parser refuses a key twice, so the plate is sent as null)
        alarm(inspector, speeding("\"plate\":null", 90, 60, "2026-05-11T01:00:00Z"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("plate"));
        alarm(inspector, speeding("\"courierNo\":\"C0009\"", 90, 60, "2026-05-11T01:00:00Z"))
                .andExpect(status().isUnprocessableEntity());
        alarm(courier.getUserId(), speeding("\"courierNo\":\"" + courier.getEmployeeNo() + "\"", 90, 60,
                "2026-05-11T01:00:00Z")).andExpect(status().isForbidden());
    }

    @Test
    void theToleranceIsExclusive() throws Exception {
        alarm(inspector, speeding("\"courierNo\":\"" + courier.getEmployeeNo() + "\"", 70, 60, "2026-05-11T00:00:00Z"))
                .andExpect(status().isOk());
        alarm(inspector, speeding("\"courierNo\":\"" + courier.getEmployeeNo() + "\"", 70.5, 60, "2026-05-11T00:00:00Z"))
                .andExpect(status().isCreated());
    }

    @Test
    void theListFiltersAndPages() throws Exception {
        String rude = fixtures.register(courier, ViolationType.RUDE);
        fixtures.register(courier, ViolationType.DRESS_CODE);
        Courier other = fixtures.courier(station);
        fixtures.register(other, ViolationType.RUDE);

        mvc.perform(get("/api/v1/violations").param("courierNo", courier.getEmployeeNo()).param("type", "RUDE")
                        .with(httpBasic(inspector, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].caseNo").value(rude));
        mvc.perform(get("/api/v1/violations").param("stationCode", station.getCode()).param("size", "2")
                        .with(httpBasic(inspector, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.content.length()").value(2)).andExpect(jsonPath("$.totalPages").value(2));
        mvc.perform(get("/api/v1/violations").param("status", "SOMETHING").with(httpBasic(inspector, PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    private ResultActions register(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/violations").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions register(String user, String body, String language) throws Exception {
        return mvc.perform(post("/api/v1/violations").with(httpBasic(user, PASSWORD)).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions alarm(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/monitoring/alarms").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static String manual(String courierNo, String type, String waybillNo) {
        return """
                {"source":"INSPECTION","courierNo":"%s","type":"%s",%s"description":"监察抽查发现"}"""
                .formatted(courierNo, type, waybillNo == null ? "" : "\"waybillNo\":\"" + waybillNo + "\",");
    }

    private static String speeding(String who, double speed, double limit, String at) {
        return """
                {%s,"type":"SPEEDING","speedKmh":%s,"limitKmh":%s,"at":"%s","location":"上海市浦东新区世纪大道"}"""
                .formatted(who, speed, limit, at);
    }
}
