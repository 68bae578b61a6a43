package org.parceldesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The reports' numbers against {@link ReportFixture}: counts, sums, rates and week/month
 * boundaries in Beijing time, the same in JSON, CSV and XLSX; who may read what; the audit.
 */
@ParcelDeskTest
class ReportApiTest {

    private static final String WEEK_10 = "/api/v1/reports/complaints/weekly?week=2030-W10&station=" + ReportFixture.STATIONS;
    private static final String CLAIMS = "/api/v1/reports/claims/monthly?month=2030-03&station=" + ReportFixture.STATIONS;
    private static final String VIOLATIONS = "/api/v1/reports/violations/monthly?month=2030-03&station=" + ReportFixture.STATIONS;
    private static final String KPI = "/api/v1/reports/kpi/monthly?month=2030-03&station=" + ReportFixture.STATIONS;
    private static final String ORIGINS = "/api/v1/reports/shipments/origins?from=2030-03-01&to=2030-03-31&station="
            + ReportFixture.STATIONS;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    ReportFixture fixture;

    @BeforeEach
    void setUp() {
        // "now" lies after the fixture: undelivered shipments promised in March are late
        EngineClock.setNow(Instant.parse("2030-06-01T02:00:00Z"));
        fixture = new ReportFixture(jdbc);
        fixture.insert();
    }

    @AfterEach
    void tearDown() {
        fixture.delete();
        jdbc.update("delete from report_export where user_id like 'report-%'");
        EngineClock.reset();
    }

    @Test
    void weeklyComplaintSummaryCountsTheWeekInBeijingTime() throws Exception {
        JsonNode report = json(WEEK_10, "complaint-supervisor");
        JsonNode s = report.get("summary");
        assertThat(report.at("/period/firstDay").asText()).isEqualTo("2030-03-04");
        assertThat(report.at("/period/lastDay").asText()).isEqualTo("2030-03-10");
        // C1, C2, C3 (Sunday 23:59), C6; not C4 (Monday 00:00 of week 11)
        assertThat(s.get("received").asLong()).isEqualTo(4);
        // C1, C5, C6 closed in the week
        assertThat(s.get("closed").asLong()).isEqualTo(3);
        // C2 (closed the week after) and C3
        assertThat(s.get("openAtEnd").asLong()).isEqualTo(2);
        assertThat(s.get("regulatorReferred").asLong()).isEqualTo(1);
        // contacted or overdue: C1, C2 (breached), C6; on time: C1, C6
        assertThat(s.get("firstContactDue").asLong()).isEqualTo(3);
        assertThat(s.get("firstContactOnTime").asLong()).isEqualTo(2);
        assertThat(s.get("firstContactCompliance").decimalValue()).isEqualByComparingTo("0.6667");
        // C5's resolution was breached
        assertThat(s.get("resolutionCompliance").decimalValue()).isEqualByComparingTo("0.6667");
        // 48 h, 192 h, 12 h
        assertThat(s.get("avgHandlingHours").decimalValue()).isEqualByComparingTo("84.0");
        assertThat(s.get("p90HandlingHours").decimalValue()).isEqualByComparingTo("192.0");
        assertThat(s.get("reopenedInWeek").asLong()).isEqualTo(1);
        assertThat(s.get("reopenRate").decimalValue()).isEqualByComparingTo("0.3333");
        // ratings 5, 1, 2
        assertThat(s.get("rated").asLong()).isEqualTo(3);
        assertThat(s.get("avgSatisfaction").decimalValue()).isEqualByComparingTo("2.67");
        assertThat(s.get("dissatisfied").asLong()).isEqualTo(2);
        // week 9: C5, C7
        assertThat(s.get("previousWeekReceived").asLong()).isEqualTo(2);
        assertThat(s.get("weekOverWeekChange").asLong()).isEqualTo(2);
        assertThat(s.get("weekOverWeekRate").decimalValue()).isEqualByComparingTo("1.0000");
        assertThat(report.get("absent").findValuesAsText("figure")).containsExactly("customerNeedsAnalysis");

        assertThat(count(report, "byCategory", "category", "DELAY", "received")).isEqualTo(2);
        assertThat(count(report, "byCategory", "category", "LOSS", "received")).isEqualTo(1);
        assertThat(count(report, "byCategory", "category", "PICKUP", "received")).isZero();
        assertThat(count(report, "byChannel", "channel", "REGULATOR", "received")).isEqualTo(1);
        assertThat(count(report, "byStation", "station", "R901", "received")).isEqualTo(3);
        assertThat(count(report, "byStation", "station", "R902", "received")).isEqualTo(1);
        assertThat(count(report, "byResponsibleParty", "party", "COURIER", "closed")).isEqualTo(1);
        assertThat(count(report, "byResponsibleParty", "party", "", "closed")).isEqualTo(1);
        assertThat(count(report, "topCouriers", "courier", "R9C1", "received")).isEqualTo(2);
        assertThat(row(report, "topCouriers", "courier", "R9C1").get("name").asText()).isEqualTo("测试甲");
        // origins of C1 (R901), C2, C3 (R902), C6 (R901)
        assertThat(count(report, "topOrigins", "station", "R901", "received")).isEqualTo(2);
        assertThat(count(report, "topOrigins", "station", "R902", "received")).isEqualTo(2);
    }

    @Test
    void mondayMidnightBeijingBelongsToTheNextWeek() throws Exception {
        JsonNode week11 = json("/api/v1/reports/complaints/weekly?week=2030-W11&station=" + ReportFixture.STATIONS,
                "complaint-supervisor");
        assertThat(week11.at("/period/firstDay").asText()).isEqualTo("2030-03-11");
        assertThat(week11.at("/summary/received").asLong()).isEqualTo(1);
        assertThat(week11.at("/summary/previousWeekReceived").asLong()).isEqualTo(4);
        assertThat(count(week11, "byCategory", "category", "PICKUP", "received")).isEqualTo(1);
    }

    @Test
    void monthlyClaimsReportSumsPaymentsByCause() throws Exception {
        JsonNode report = json(CLAIMS, "claims-manager");
        JsonNode s = report.get("summary");
        // K1..K4; K5 registered 1 April 00:00 Beijing, K6 and K7 in February
        assertThat(s.get("filed").asLong()).isEqualTo(4);
        // K1 800, K2 12 (paid 31 March 23:59:59 Beijing), K6 2500
        assertThat(s.get("paid").asLong()).isEqualTo(3);
        assertThat(s.get("payoutTotal").decimalValue()).isEqualByComparingTo("3312.00");
        assertThat(s.get("refused").asLong()).isEqualTo(1);
        assertThat(s.get("timeBarred").asLong()).isEqualTo(1);
        // (8 d + 26 d 13:59:59 + 11 d 2 h) / 3 = 15.22 d
        assertThat(s.get("avgDaysToPayment").decimalValue()).isEqualByComparingTo("15.2");
        assertThat(s.get("settlementBreaches").asLong()).isEqualTo(1);
        assertThat(s.get("disputeRounds").asLong()).isEqualTo(1);
        assertThat(s.get("chargebacks").asLong()).isEqualTo(2);
        assertThat(s.get("chargebackTotal").decimalValue()).isEqualByComparingTo("2512.00");
        assertThat(s.get("recoveredInMonth").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(report.get("absent").findValuesAsText("figure")).containsExactly("chargebackCollected");

        assertThat(amount(report, "byLossType", "lossType", "LOSS")).isEqualByComparingTo("800.00");
        assertThat(amount(report, "byLossType", "lossType", "DELAY")).isEqualByComparingTo("12.00");
        assertThat(amount(report, "byLossType", "lossType", "DAMAGE_PARTIAL")).isEqualByComparingTo("2500.00");
        assertThat(amount(report, "byResponsibleParty", "party", "LINEHAUL")).isEqualByComparingTo("800.00");
        assertThat(amount(report, "byResponsibleParty", "party", "STATION")).isEqualByComparingTo("2500.00");
        assertThat(amount(report, "byInsurance", "insured", "UNINSURED")).isEqualByComparingTo("2512.00");
        assertThat(count(report, "byInsurance", "insured", "UNINSURED", "paid")).isEqualTo(2);
        assertThat(amount(report, "byServiceType", "serviceType", "INTERNATIONAL")).isEqualByComparingTo("2500.00");
        assertThat(count(report, "byApprovalLevel", "approvalLevel", "AUTO", "paid")).isEqualTo(1);
        assertThat(count(report, "byApprovalLevel", "approvalLevel", "MANAGER", "paid")).isEqualTo(1);
        JsonNode r901 = row(report, "recoveriesByStation", "station", "R901");
        assertThat(r901.get("chargebackAmount").decimalValue()).isEqualByComparingTo("12.00");
        assertThat(r901.get("recoveryDue").decimalValue()).isEqualByComparingTo("800.00");
        assertThat(r901.get("recovered").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(r901.get("outstanding").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(row(report, "recoveriesByStation", "station", "R902").get("chargebackAmount").decimalValue())
                .isEqualByComparingTo("2500.00");
    }

    @Test
    void monthlyViolationReportListsPenaltiesPerCourier() throws Exception {
        JsonNode report = json(VIOLATIONS, "inspector");
        JsonNode s = report.get("summary");
        assertThat(s.get("registered").asLong()).isEqualTo(3);
        assertThat(s.get("upheld").asLong()).isEqualTo(3);
        assertThat(s.get("cleared").asLong()).isEqualTo(1);
        assertThat(s.get("booked").asLong()).isEqualTo(4);
        assertThat(s.get("finesTotal").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(s.get("pointsTotal").asLong()).isEqualTo(8);
        assertThat(s.get("suspensions").asLong()).isEqualTo(1);
        assertThat(s.get("suspensionDays").asLong()).isEqualTo(7);
        assertThat(s.get("appealsFiled").asLong()).isEqualTo(1);
        assertThat(s.get("appealReduced").asLong()).isEqualTo(1);
        assertThat(count(report, "bySource", "source", "MONITORING", "registered")).isEqualTo(1);
        assertThat(count(report, "bySeverity", "severity", "SERIOUS", "upheld")).isEqualTo(1);
        JsonNode c1 = row(report, "byCourier", "courier", "R9C1");
        assertThat(c1.get("name").asText()).isEqualTo("测试甲");
        assertThat(c1.get("booked").asLong()).isEqualTo(2);
        assertThat(c1.get("fineTotal").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(c1.get("points").asLong()).isEqualTo(2);
        assertThat(row(report, "byCourier", "courier", "R9C2").get("cleared").asLong()).isEqualTo(1);
        assertThat(row(report, "byStation", "station", "R902").get("suspensionDays").asLong()).isEqualTo(7);

        // an administrator has no need for couriers' names
        JsonNode masked = json(VIOLATIONS, "admin");
        assertThat(masked.get("masked").asBoolean()).isTrue();
        assertThat(row(masked, "byCourier", "courier", "R9C1").get("name").asText()).isEqualTo("测**");
    }

    @Test
    void kpiPerStationAndTimelyPickupAbsent() throws Exception {
        JsonNode report = json(KPI, "complaint-supervisor");
        JsonNode r901 = row(report, "byStation", "station", "R901");
        assertThat(r901.get("shipments").asLong()).isEqualTo(3);
        assertThat(r901.get("complaints").asLong()).isEqualTo(4);
        assertThat(r901.get("complaintsPer10k").decimalValue()).isEqualByComparingTo("13333.33");
        assertThat(r901.get("firstContactCompliance").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(r901.get("resolutionCompliance").decimalValue()).isEqualByComparingTo("0.6667");
        // two complaint breaches and one claim breach
        assertThat(r901.get("slaBreaches").asLong()).isEqualTo(3);
        // RW0001 on time, RW0002 late, RW0003 not delivered and overdue
        assertThat(r901.get("timelyDeliveryRate").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(row(report, "byStation", "station", "R902").get("timelyDeliveryRate").decimalValue())
                .isEqualByComparingTo("1.0000");
        assertThat(report.at("/summary/complaintsPer10k").decimalValue()).isEqualByComparingTo("12500.00");
        assertThat(report.get("absent").findValuesAsText("figure")).containsExactly("timelyPickupRate");
    }

    @Test
    void originAnalysisCountsShipmentsOfTheRange() throws Exception {
        JsonNode report = json(ORIGINS, "claims-supervisor");
        assertThat(report.at("/summary/shipments").asLong()).isEqualTo(4);
        assertThat(report.at("/summary/postageTotal").decimalValue()).isEqualByComparingTo("87.00");
        JsonNode r901 = row(report, "byOrigin", "station", "R901");
        assertThat(r901.get("shipments").asLong()).isEqualTo(2);
        assertThat(r901.get("share").decimalValue()).isEqualByComparingTo("0.5000");
        assertThat(r901.get("international").asLong()).isEqualTo(1);
        assertThat(r901.get("insured").asLong()).isEqualTo(1);
        assertThat(r901.get("complaints").asLong()).isEqualTo(2);
        assertThat(r901.get("claims").asLong()).isEqualTo(2);
        assertThat(row(report, "byCity", "city", "测试城B").get("postage").decimalValue()).isEqualByComparingTo("27.00");
    }

    @Test
    void everyReportShowsTheSameNumbersInJsonCsvAndXlsx() throws Exception {
        Map<String, String> reports = Map.of(WEEK_10, "complaint-supervisor", CLAIMS, "claims-manager",
                VIOLATIONS, "admin", KPI, "admin", ORIGINS, "admin");
        for (Map.Entry<String, String> entry : reports.entrySet()) {
            JsonNode report = json(entry.getKey(), entry.getValue());
            byte[] csv = bytes(entry.getKey() + "&format=csv", entry.getValue(), "text/csv;charset=UTF-8");
            byte[] xlsx = mvc.perform(get(entry.getKey()).header("Accept",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").with(as(entry.getValue())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            List<String> titles = new ArrayList<>();
            report.get("sections").forEach(section -> titles.add(section.get("title").asText()));
            for (ReportExportsReader export : List.of(ReportExportsReader.csv(csv), ReportExportsReader.xlsx(xlsx, titles))) {
                Iterator<Map.Entry<String, JsonNode>> figures = report.get("summary").fields();
                int compared = 0;
                while (figures.hasNext()) {
                    Map.Entry<String, JsonNode> figure = figures.next();
                    assertSame(entry.getKey() + " " + figure.getKey(), figure.getValue(), export.summary().get(figure.getKey()));
                    compared++;
                }
                assertThat(compared).isEqualTo(export.summary().size()).isGreaterThan(5);
                report.get("sections").forEach(section -> {
                    List<List<String>> rows = export.sections().get(section.get("title").asText());
                    assertThat(rows).as(section.get("title").asText()).hasSize(section.get("rows").size());
                    for (int r = 0; r < rows.size(); r++) {
                        List<JsonNode> expected = new ArrayList<>();
                        section.get("rows").get(r).forEach(expected::add);
                        for (int c = 0; c < expected.size(); c++) {
                            assertSame(entry.getKey() + " " + section.get("title").asText() + " row " + r,
                                    expected.get(c), rows.get(r).get(c));
                        }
                    }
                });
            }
        }
    }

    @Test
    void csvIsUtf8WithByteOrderMarkAndChineseHeaders() throws Exception {
        var response = mvc.perform(get(CLAIMS).header("Accept", "text/csv").with(as("claims-supervisor")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("claims-monthly-2030-03-R901_R902.csv");
        String text = new String(response.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF报表,每月理赔报表及事故原因分析").contains("事故原因(责任方)分析").contains("赔付金额(元)");
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() throws Exception {
        expectInvalid("/api/v1/reports/complaints/weekly?week=2030-10", "week");
        expectInvalid("/api/v1/reports/complaints/weekly?week=2030-W54", "week");
        expectInvalid("/api/v1/reports/complaints/weekly", "week");
        expectInvalid("/api/v1/reports/claims/monthly?month=2030-13", "month");
        expectInvalid("/api/v1/reports/claims/monthly?month=2030-03&format=pdf", "format");
        expectInvalid("/api/v1/reports/claims/monthly?month=2030-03&station=S0%2701", "station");
        expectInvalid("/api/v1/reports/claims/monthly?month=2030-03&station=NOPE", "station");
        expectInvalid("/api/v1/reports/shipments/origins?from=2030-03-10&to=2030-03-01", "to");
        expectInvalid("/api/v1/reports/shipments/origins?from=2029-01-01&to=2030-03-01", "to");
        expectInvalid("/api/v1/reports/shipments/origins?to=2030-03-01", "from");
        // a bad parameter with Accept: text/csv still gets problem JSON
        mvc.perform(get("/api/v1/reports/claims/monthly?month=x").header("Accept", "text/csv").with(as("admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("month"));
        assertThat(jdbc.queryForObject("select count(*) from report_export where period = '2030-13'", Long.class)).isZero();
    }

    @Test
    void eachReportIsForItsRoles() throws Exception {
        expectStatus(WEEK_10, "complaint-handler", 403);
        expectStatus(WEEK_10, "claims-manager", 403);
        expectStatus(CLAIMS, "claims-handler", 403);
        expectStatus(CLAIMS, "inspector", 403);
        expectStatus(CLAIMS, "claims-supervisor", 200);
        expectStatus(VIOLATIONS, "complaint-supervisor", 200);
        expectStatus(VIOLATIONS, "claims-manager", 403);
        expectStatus(KPI, "courier", 403);
        expectStatus(ORIGINS, "inspector", 403);
        mvc.perform(get(WEEK_10)).andExpect(status().isUnauthorized());
    }

    @Test
    void aStationManagerSeesTheirStationOnly() throws Exception {
        RequestPostProcessor manager = user(ReportFixture.MANAGER).authorities(new SimpleGrantedAuthority("station-manager"));
        JsonNode own = json.readTree(mvc.perform(get("/api/v1/reports/complaints/weekly?week=2030-W10").with(manager))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(own.get("stations").get(0).asText()).isEqualTo("R901");
        assertThat(own.get("stations")).hasSize(1);
        // C1, C2, C3 at R901; not C6 at R902
        assertThat(own.at("/summary/received").asLong()).isEqualTo(3);
        mvc.perform(get("/api/v1/reports/complaints/weekly?week=2030-W10&station=R902").with(manager))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/claims/monthly?month=2030-03&station=R901,R902").with(manager))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/claims/monthly?month=2030-03").with(
                user("report-nobody").authorities(new SimpleGrantedAuthority("station-manager"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyExportIsAuditedAndAdminsReadTheAudit() throws Exception {
        mvc.perform(get(CLAIMS + "&format=xlsx").with(user("report-claims").authorities(
                new SimpleGrantedAuthority("claims-manager")))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports/claims/monthly?month=2030-03").with(user("report-denied").authorities(
                new SimpleGrantedAuthority("claims-handler")))).andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/admin/report-exports?userId=report-claims").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].report").value("claims-monthly"))
                .andExpect(jsonPath("$.content[0].format").value("xlsx"))
                .andExpect(jsonPath("$.content[0].period").value("2030-03"))
                .andExpect(jsonPath("$.content[0].stations").value("R901,R902"))
                .andExpect(jsonPath("$.content[0].parameters").value("month=2030-03&station=R901,R902&format=xlsx"))
                .andExpect(jsonPath("$.content[0].exportedAt").value("2030-06-01T02:00:00Z"));
        mvc.perform(get("/api/v1/admin/report-exports?userId=report-denied").with(as("admin")))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/admin/report-exports").with(as("claims-manager"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/report-exports?size=0").with(as("admin"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    private void assertSame(String what, JsonNode expected, String actual) {
        String expectedText = expected == null || expected.isNull() ? "" : expected.asText();
        if (expected != null && expected.isNumber()) {
            assertThat(new BigDecimal(actual)).as(what).isEqualByComparingTo(expected.decimalValue());
        } else {
            assertThat(actual).as(what).isEqualTo(expectedText);
        }
    }

    private JsonNode json(String url, String group) throws Exception {
        return json.readTree(mvc.perform(get(url).with(as(group))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private byte[] bytes(String url, String group, String contentType) throws Exception {
        var response = mvc.perform(get(url).with(as(group))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo(contentType);
        return response.getContentAsByteArray();
    }

    private void expectInvalid(String url, String field) throws Exception {
        mvc.perform(get(url).with(as("admin"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private void expectStatus(String url, String group, int status) throws Exception {
        MockHttpServletRequestBuilder request = get(url).with(as(group));
        mvc.perform(request).andExpect(status().is(status));
    }

    private static RequestPostProcessor as(String group) {
        return user("report-" + group).authorities(new SimpleGrantedAuthority(group));
    }

    private static JsonNode row(JsonNode report, String section, String column, String value) {
        for (JsonNode row : report.at("/sections/" + section + "/rows")) {
            if (row.get(column).asText().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row " + column + "=" + value + " in " + section + ": " + report.at("/sections/" + section));
    }

    private static long count(JsonNode report, String section, String column, String value, String figure) {
        return row(report, section, column, value).get(figure).asLong();
    }

    private static BigDecimal amount(JsonNode report, String section, String column, String value) {
        return row(report, section, column, value).get("amount").decimalValue();
    }
}
