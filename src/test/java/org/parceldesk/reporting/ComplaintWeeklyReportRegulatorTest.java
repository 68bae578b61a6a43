package org.parceldesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
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

/**
 * The weekly complaint report's regulator figures: outcome reports entered in the week, and how
 * many were sent on or before the regulator's deadline. Rows of {@link ReportFixture} (week 2030-W10)
 * are given referral data here.
 */
@ParcelDeskTest
class ComplaintWeeklyReportRegulatorTest {

    private static final String WEEK_10 = "/api/v1/reports/complaints/weekly?week=2030-W10&station=" + ReportFixture.STATIONS;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    ReportFixture fixture;

    @BeforeEach
    void setUp() {
        EngineClock.setNow(Instant.parse("2030-06-01T02:00:00Z"));
        fixture = new ReportFixture(jdbc);
        fixture.insert();
        // C3 (REGULATOR, received Sunday 23:59): reported on its deadline, entered in week 10 → on time
        referral("TS20300310990003", "2030-03-10", "2030-03-10", "2030-03-10T23:59:30");
        // C6 (a referral that joined an e-mail complaint): sent the day after the deadline → late
        referral("TS20300306990006", "2030-03-07", "2030-03-08", "2030-03-08T10:00");
        // C4: entered Monday 00:00 of week 11 → not this week's
        referral("TS20300311990004", "2030-03-12", "2030-03-11", "2030-03-11T00:00");
    }

    @AfterEach
    void tearDown() {
        fixture.delete();
        EngineClock.reset();
    }

    @Test
    void countsTheWeeksOutcomeReportsAndThoseSentByTheRegulatorsDeadline() throws Exception {
        JsonNode summary = json.readTree(mvc.perform(get(WEEK_10).with(user("report-complaint-supervisor")
                        .authorities(new SimpleGrantedAuthority("complaint-supervisor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("summary");

        assertThat(summary.get("regulatorReferred").asLong()).as("received through REGULATOR in the week").isEqualTo(1);
        assertThat(summary.get("regulatorReported").asLong()).isEqualTo(2);
        assertThat(summary.get("regulatorReportedOnTime").asLong()).isEqualTo(1);
        assertThat(summary.get("regulatorReportOnTimeRate").decimalValue()).isEqualByComparingTo(new BigDecimal("0.5"));
    }

    private void referral(String caseNo, String deadline, String sentOn, String recordedAtBeijing) {
        jdbc.update("update complaint set regulator_reference = ?, regulator_deadline = ?, regulator_report = ?,"
                + " regulator_reported_on = ?, regulator_report_recorded_at = ? where case_no = ?",
                "YZ-" + caseNo, java.sql.Date.valueOf(deadline), "已报送", java.sql.Date.valueOf(sentOn),
                ReportFixture.bj(recordedAtBeijing), caseNo);
    }
}
