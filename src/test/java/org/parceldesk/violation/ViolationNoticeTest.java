package org.parceldesk.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The courier and the station manager are told of registration, decision and appeal result through
 * the outbox, each once, and every message renders with the case number in the subject.
 */
@ParcelDeskTest
class ViolationNoticeTest {

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

    ViolationFixtures fixtures;
    Station station;
    Courier courier;

    @BeforeEach
    void setUp() {
        EngineClock.setNow(Instant.parse("2026-07-06T02:00:00Z"));
        fixtures = new ViolationFixtures(engine, stations, couriers, registration);
        station = fixtures.station();
        courier = fixtures.courier(station);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void registrationDecisionAndAppealResultReachTheCourierAndTheStationManagerOnce() throws Exception {
        String caseNo = fixtures.register(courier, ViolationType.FALSE_DELIVERY, "PD2026000061");
        fixtures.statement(caseNo, courier.getUserId());
        String inspector = fixtures.inspector();
        fixtures.decide(caseNo, inspector, ViolationDecision.UPHELD, Severity.MODERATE);
        fixtures.stationApproval(caseNo, station.getManagerUserId(), true);
        fixtures.appeal(caseNo, courier.getUserId());
        fixtures.reviewAppeal(caseNo, fixtures.inspector(), AppealOutcome.REDUCED, Severity.MINOR);

        List<JsonNode> messages = outbox(caseNo);
        assertThat(messages).extracting(m -> m.get("template").asText() + " " + m.get("step").asText()
                        + " " + m.get("recipient").asText())
                .containsExactlyInAnyOrder(
                        "violation-registered Task_NotifyRegistered:courier " + courier.getUserId() + "@parceldesk.example",
                        "violation-registered Task_NotifyRegistered:station " + station.getManagerUserId() + "@parceldesk.example",
                        "violation-decision Task_NotifyDecision:courier " + courier.getUserId() + "@parceldesk.example",
                        "violation-decision Task_NotifyDecision:station " + station.getManagerUserId() + "@parceldesk.example",
                        "violation-appeal-result Task_NotifyAppealResult:courier " + courier.getUserId() + "@parceldesk.example",
                        "violation-appeal-result Task_NotifyAppealResult:station " + station.getManagerUserId() + "@parceldesk.example");

        JsonNode decision = preview(messages, "violation-decision");
        assertThat(decision.get("subject").asText()).isEqualTo("违规案件 " + caseNo + " 裁定结果:成立");
        assertThat(decision.get("text").asText()).contains("罚款金额:100.00 元", "扣分:3 分", "2026-07-13 10:00");
        JsonNode result = preview(messages, "violation-appeal-result");
        assertThat(result.get("subject").asText()).isEqualTo("违规案件 " + caseNo + " 申诉复核结果:减轻");
        assertThat(result.get("text").asText()).contains("罚款金额:50.00 元", "扣分:1 分");
        assertThat(preview(messages, "violation-registered").get("text").asText()).contains(caseNo, "虚假签收");
    }

    @Test
    void aClearedCaseTellsThemItDoesNotCountAndEnglishUsersGetEnglish() throws Exception {
        engine.getIdentityService().setUserInfo(courier.getUserId(), "locale", "en");
        String caseNo = fixtures.register(courier, ViolationType.RUDE);
        fixtures.statement(caseNo, courier.getUserId());
        fixtures.decide(caseNo, fixtures.inspector(), ViolationDecision.CLEARED, null);

        List<JsonNode> messages = outbox(caseNo);
        JsonNode english = messages.stream().filter(m -> m.get("template").asText().equals("violation-decision")
                && m.get("step").asText().endsWith(":courier")).findFirst().orElseThrow();
        JsonNode toCourier = render(english);
        assertThat(toCourier.get("subject").asText()).isEqualTo("Violation case " + caseNo + ": CLEARED");
        assertThat(toCourier.get("text").asText()).contains("does not count against the courier");
        JsonNode toManager = render(messages.stream().filter(m -> m.get("template").asText().equals("violation-decision")
                && m.get("step").asText().endsWith(":station")).findFirst().orElseThrow());
        assertThat(toManager.get("text").asText()).contains("不计入快递员的违规记录");
    }

    private List<JsonNode> outbox(String caseNo) throws Exception {
        String body = mvc.perform(get("/api/v1/notifications").param("caseNo", caseNo).param("size", "50")
                .with(httpBasic("admin", "demo"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<JsonNode> messages = new ArrayList<>();
        json.readTree(body).get("content").forEach(messages::add);
        return messages;
    }

    private JsonNode preview(List<JsonNode> messages, String template) throws Exception {
        return render(messages.stream().filter(m -> m.get("template").asText().equals(template)
                && m.get("step").asText().endsWith(":courier")).findFirst().orElseThrow());
    }

    private JsonNode render(JsonNode message) throws Exception {
        String body = mvc.perform(get("/api/v1/notifications/" + message.get("id").asLong() + "/preview")
                .with(httpBasic("admin", "demo"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return json.readTree(body);
    }
}
