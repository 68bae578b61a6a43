package org.parceldesk.reporting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The dashboard's data, panels per role, station scope and the drill-down case lists, on {@link ReportFixture}. */
@ParcelDeskTest
class DashboardTest {

    private static final String MARCH = "from=2030-03-01&to=2030-03-31&station=" + ReportFixture.STATIONS;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    ReportFixture fixture;

    @BeforeEach
    void setUp() {
        EngineClock.setNow(Instant.parse("2030-06-01T02:00:00Z"));
        fixture = new ReportFixture(jdbc);
        fixture.insert();
    }

    @AfterEach
    void tearDown() {
        fixture.delete();
        EngineClock.reset();
    }

    @Test
    void aComplaintSupervisorSeesComplaintAndViolationChartsNotPayouts() throws Exception {
        mvc.perform(get("/console/dashboard/data?" + MARCH).with(as("complaint-supervisor")))
                .andExpect(status().isOk())
                // March: C1 and C3 are DELAY
                .andExpect(jsonPath("$.complaints.byCategory[?(@.key == 'DELAY')].value").value(2))
                .andExpect(jsonPath("$.complaints.byCategory[?(@.key == 'DELAY')].label").value("延误"))
                .andExpect(jsonPath("$.complaints.byStation[?(@.key == 'R901')].value").value(4))
                // 6 March (Beijing): C1 and C6 closed in time; 8 March: C5 closed late
                .andExpect(jsonPath("$.complaints.slaTrend[5].day").value("2030-03-06"))
                .andExpect(jsonPath("$.complaints.slaTrend[5].closed").value(2))
                .andExpect(jsonPath("$.complaints.slaTrend[5].resolutionCompliance").value(1.0))
                .andExpect(jsonPath("$.complaints.slaTrend[7].resolutionCompliance").value(0.0))
                .andExpect(jsonPath("$.complaints.slaTrend.length()").value(31))
                .andExpect(jsonPath("$.violations.byCourier[0].key").value("R9C1"))
                .andExpect(jsonPath("$.violations.byCourier[0].value").value(2))
                .andExpect(jsonPath("$.claims").doesNotExist())
                .andExpect(jsonPath("$.health").doesNotExist());
        mvc.perform(get("/console/dashboard?" + MARCH).with(as("complaint-supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("chart-complaint-category")))
                .andExpect(content().string(containsString("/webjars/echarts/5.3.1/dist/echarts.min.js")))
                .andExpect(content().string(not(containsString("chart-payout-loss"))));
    }

    @Test
    void aClaimsManagerSeesPayoutsByLossTypeAndParty() throws Exception {
        mvc.perform(get("/console/dashboard/data?" + MARCH).with(as("claims-manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.claims.byLossType[0].key").value("DAMAGE_PARTIAL"))
                .andExpect(jsonPath("$.claims.byLossType[0].value").value(2500.00))
                .andExpect(jsonPath("$.claims.byResponsibleParty[?(@.key == 'LINEHAUL')].value").value(800.00))
                .andExpect(jsonPath("$.complaints").doesNotExist());
    }

    @Test
    void adminsSeeOutboxAndIncidentHealth() throws Exception {
        mvc.perform(get("/console/dashboard/data?" + MARCH).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.health.openIncidents").isNumber())
                .andExpect(jsonPath("$.health.outbox").isMap());
    }

    @Test
    void theDashboardIsForReportReadersOnly() throws Exception {
        mvc.perform(get("/console/dashboard/data?" + MARCH).with(as("complaint-handler"))).andExpect(status().isForbidden());
        mvc.perform(get("/console/dashboard").with(as("courier"))).andExpect(status().isForbidden());
        mvc.perform(get("/console/dashboard")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aStationManagerSeesTheirStationOnly() throws Exception {
        RequestPostProcessor manager = user(ReportFixture.MANAGER).authorities(new SimpleGrantedAuthority("station-manager"));
        mvc.perform(get("/console/dashboard/data?from=2030-03-01&to=2030-03-31").with(manager))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complaints.byStation.length()").value(1))
                .andExpect(jsonPath("$.complaints.byStation[0].key").value("R901"))
                .andExpect(jsonPath("$.claims.byLossType[?(@.key == 'DAMAGE_PARTIAL')]").isEmpty());
        mvc.perform(get("/console/dashboard/data?from=2030-03-01&to=2030-03-31&station=R902").with(manager))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBarLeadsToItsCases() throws Exception {
        mvc.perform(get("/console/dashboard/cases?kind=complaint&filter=category&value=DELAY&" + MARCH)
                        .with(as("complaint-supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("TS20300304990001")))
                .andExpect(content().string(containsString("TS20300310990003")))
                .andExpect(content().string(not(containsString("TS20300305990002"))))
                .andExpect(content().string(not(containsString("13800009999"))));
        mvc.perform(get("/console/dashboard/cases?kind=claim-paid&filter=party&value=STATION&" + MARCH)
                        .with(as("claims-supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("LP20300220990006")))
                .andExpect(content().string(not(containsString("LP20300302990001"))));
        mvc.perform(get("/console/dashboard/cases?kind=claim-paid&" + MARCH).with(as("complaint-supervisor")))
                .andExpect(status().isForbidden());
    }

    @Test
    void badParametersNameTheParameter() throws Exception {
        mvc.perform(get("/console/dashboard/data?from=yesterday").with(as("admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/console/dashboard/cases?kind=everything").with(as("admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(get("/console/dashboard/cases?kind=complaint&filter=phone&value=1").with(as("admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("filter"));
    }

    private static RequestPostProcessor as(String group) {
        return user("report-" + group).authorities(new SimpleGrantedAuthority(group));
    }
}
