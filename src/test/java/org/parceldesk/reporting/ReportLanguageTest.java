package org.parceldesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.common.Messages;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The reports and the dashboard speak the reader's language: English titles, figure names, column
 * headers (JSON, CSV and XLSX) and code labels for {@code Accept-Language: en}, Chinese otherwise
 * (no header, a language without a bundle, or no request at all, as for a scheduled report). The
 * numbers do not depend on the language. One sample per report, on {@link ReportFixture}.
 */
@ParcelDeskTest
class ReportLanguageTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final String ENGLISH = "en-US,en;q=0.9";
    private static final String STATIONS = "&station=" + ReportFixture.STATIONS;

    /**
     * One report: where to ask, who asks, the English and Chinese titles, one section with its English
     * title and headers, and one code of that section with its English label (null: the section has no
     * labelled codes).
     */
    record Sample(String url, String group, String title, String chineseTitle, String section, String sectionTitle,
            List<String> headers, String codeColumn, String code, String label) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("/api/v1/reports/complaints/weekly?week=2030-W10" + STATIONS, "complaint-supervisor",
                    "Weekly complaint summary", "每周投诉汇总表", "byResponsibleParty", "By party (closed this week)",
                    List.of("Responsible-party code", "Responsible party", "Closed"), "party", "", "Not determined"),
            new Sample("/api/v1/reports/claims/monthly?month=2030-03" + STATIONS, "claims-manager",
                    "Monthly claims and accident-cause report", "每月理赔报表及事故原因分析", "byLossType", "By loss type",
                    List.of("Loss type code", "Loss type", "Payments", "Amount paid (yuan)"), "lossType", "DAMAGE_PARTIAL",
                    "Partial damage"),
            new Sample("/api/v1/reports/violations/monthly?month=2030-03" + STATIONS, "inspector",
                    "Monthly inspection reward and penalty detail", "每月监察奖罚明细报表", "bySource",
                    "By source (registered)", List.of("Source code", "Source", "Registered"), "source", "MONITORING",
                    "Vehicle monitoring (BeiDou/GPS)"),
            new Sample("/api/v1/reports/kpi/monthly?month=2030-03" + STATIONS, "complaint-supervisor",
                    "Monthly station performance report", "网点月度考核报表", "byStation", "Station performance",
                    List.of("Station code", "Station", "Shipments to deliver", "Complaints received",
                            "Complaints per 10 000 shipments", "First-contact compliance", "Complaints closed",
                            "7-day resolution compliance", "SLA breaches", "Deliveries measured", "Delivered on time",
                            "Timely-delivery rate"), null, null, null),
            new Sample("/api/v1/reports/shipments/origins?from=2030-03-01&to=2030-03-31" + STATIONS, "claims-manager",
                    "Shipment origin analysis", "发货地分析报表", "byCity", "By origin city",
                    List.of("City", "Shipments sent", "Share", "Postage total (yuan)", "Complaints", "Claims"), null, null,
                    null));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ComplaintWeeklyReport weekly;
    @Autowired
    ReportWriter writer;

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
        jdbc.update("delete from report_export where user_id like 'report-%'");
        EngineClock.reset();
    }

    @Test
    void everyReportInEnglishHasEnglishTitlesFiguresAndColumnsAndTheSameNumbers() throws Exception {
        for (Sample sample : SAMPLES) {
            JsonNode english = json.readTree(answer(sample, "json", ENGLISH));
            JsonNode chinese = json.readTree(answer(sample, "json", null));
            assertThat(english.get("title").asText()).as(sample.url()).isEqualTo(sample.title());
            assertThat(chinese.get("title").asText()).as(sample.url()).isEqualTo(sample.chineseTitle());
            JsonNode section = english.at("/sections/" + sample.section());
            assertThat(section.get("title").asText()).as(sample.url()).isEqualTo(sample.sectionTitle());
            english.get("sections").forEach(s -> assertNoChinese(sample, s.get("title").asText()));
            english.get("absent").forEach(a -> assertNoChinese(sample, a.get("label").asText()));
            english.get("absent").forEach(a -> assertNoChinese(sample, a.get("reason").asText()));
            // why a figure is absent is written in the reader's language too
            chinese.get("absent").forEach(a -> assertThat(HAN.matcher(a.get("reason").asText()).find())
                    .as(sample.url() + ": \"" + a.get("reason").asText() + "\" is not Chinese").isTrue());
            if (sample.code() != null) {
                assertThat(row(section, sample.codeColumn(), sample.code()).get("label").asText()).as(sample.url())
                        .isEqualTo(sample.label());
            }
            // the language changes words, never numbers
            assertThat(english.get("summary")).as(sample.url()).isEqualTo(chinese.get("summary"));
            assertThat(withoutLabels(english.get("sections"))).as(sample.url())
                    .isEqualTo(withoutLabels(chinese.get("sections")));

            List<CSVRecord> csv = csv(answer(sample, "csv", ENGLISH));
            assertThat(csv.get(0).toList()).as(sample.url()).containsExactly("Report", sample.title());
            assertThat(csv.stream().map(r -> r.get(0))).as(sample.url())
                    .contains("Period", "Stations", "Generated at", "Personal data", "Summary");
            int summary = indexOf(csv, "Summary");
            assertThat(csv.get(summary + 1).toList()).containsExactly("Figure key", "Figure", "Value", "Note");
            for (int i = summary + 2; i < csv.size() && !csv.get(i).get(0).isEmpty(); i++) {
                assertNoChinese(sample, csv.get(i).get(1) + " " + csv.get(i).get(3));
            }
            int block = indexOf(csv, sample.sectionTitle());
            assertThat(csv.get(block + 1).toList()).as(sample.url()).isEqualTo(sample.headers());

            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer(sample, "xlsx", ENGLISH)))) {
                assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
                assertThat(text(workbook.getSheetAt(0).getRow(0))).containsExactly("Report", sample.title());
                for (Sheet sheet : workbook) {
                    assertNoChinese(sample, sheet.getSheetName());
                }
                Sheet sheet = workbook.getSheet(sample.sectionTitle());
                assertThat(sheet).as(sample.url() + " sheet " + sample.sectionTitle()).isNotNull();
                assertThat(text(sheet.getRow(0))).as(sample.url()).isEqualTo(sample.headers());
            }
        }
    }

    @Test
    void theNoteOfAnAbsentFigureIsInTheReadersLanguage() throws Exception {
        Sample weekly = SAMPLES.get(0);
        JsonNode chinese = json.readTree(answer(weekly, "json", null)).at("/absent/0");
        assertThat(chinese.get("figure").asText()).isEqualTo("customerNeedsAnalysis");
        assertThat(chinese.get("reason").asText()).isEqualTo("由主管以文字撰写；数据中没有分类记录的客户需求");
        JsonNode english = json.readTree(answer(weekly, "json", ENGLISH)).at("/absent/0");
        assertThat(english.get("reason").asText())
                .isEqualTo("free text written by the supervisor; the data holds no classified customer needs");
        List<CSVRecord> csv = csv(answer(SAMPLES.get(3), "csv", null));
        assertThat(csv.stream().filter(r -> r.size() > 3 && r.get(0).equals("timelyPickupRate")).map(r -> r.get(3)))
                .containsExactly("无数据来源 运单只有发货时间，没有下单时间，无法计算及时揽收率");
    }

    /** A parameter the reports refuse is named in the reader's language, the field staying the API's. */
    @Test
    void aRefusedParameterIsExplainedInTheReadersLanguage() throws Exception {
        String url = "/api/v1/reports/complaints/weekly?week=2030-W60";
        mvc.perform(get(url).with(as("complaint-supervisor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("week"))
                .andExpect(jsonPath("$.errors[0].message").value("2030 年没有第 60 周"));
        mvc.perform(get(url).header("Accept-Language", ENGLISH).with(as("complaint-supervisor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("week"))
                .andExpect(jsonPath("$.errors[0].message").value("week 60 does not exist in 2030"));
        String range = "/api/v1/reports/shipments/origins?from=2030-03-31&to=2030-03-01";
        mvc.perform(get(range).with(as("claims-manager")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("不能早于 from"));
        mvc.perform(get(range).header("Accept-Language", ENGLISH).with(as("claims-manager")))
                .andExpect(jsonPath("$.errors[0].message").value("must not be before from"));
    }

    @Test
    void chineseIsTheDefaultForAnyOtherLanguage() throws Exception {
        Sample claims = SAMPLES.get(1);
        for (String language : new String[] {"fr-FR,fr;q=0.9", "zh-CN,zh;q=0.9,en;q=0.8"}) {
            List<CSVRecord> csv = csv(answer(claims, "csv", language));
            assertThat(csv.get(0).toList()).as(language).containsExactly("报表", claims.chineseTitle());
            assertThat(csv.get(indexOf(csv, "汇总") + 1).toList()).containsExactly("指标", "名称", "数值", "说明");
        }
    }

    /** No request, no reader: what a scheduled or mailed report would get from {@link Messages#locale()}. */
    @Test
    void aReportBuiltOutsideARequestIsChinese() {
        ReportPeriod week = ReportPeriod.week("2030-W10", "week", ZoneId.of("Asia/Shanghai"));
        Report report = weekly.build(week, new ReportScope("report-scheduler", List.of("R901", "R902"), false),
                Messages.locale());
        assertThat(writer.json(report).get("title")).isEqualTo("每周投诉汇总表");
        assertThat(report.sections().get(0).columns().get(1).header()).isEqualTo("类别");
    }

    @Test
    void theDashboardLabelsAndCaseListFollowTheReader() throws Exception {
        String march = "from=2030-03-01&to=2030-03-31&station=" + ReportFixture.STATIONS;
        JsonNode data = json.readTree(mvc.perform(get("/console/dashboard/data?" + march).header("Accept-Language", ENGLISH)
                .with(as("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(point(data.at("/complaints/byCategory"), "DELAY").get("label").asText()).isEqualTo("Delay");
        assertThat(point(data.at("/claims/byLossType"), "DAMAGE_PARTIAL").get("label").asText()).isEqualTo("Partial damage");
        assertThat(point(data.at("/claims/byResponsibleParty"), "LINEHAUL").get("label").asText()).isEqualTo("Linehaul");

        String english = mvc.perform(get("/console/dashboard/cases?kind=claim-paid&from=2030-03-01&to=2030-03-31")
                .header("Accept-Language", ENGLISH).with(as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("<h1>Claims paid</h1>", "<span>All</span>");
        String chinese = mvc.perform(get("/console/dashboard/cases?kind=claim-paid&from=2030-03-01&to=2030-03-31")
                .with(as("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(chinese).contains("<h1>理赔(赔付)</h1>", "<span>全部</span>");
    }

    private byte[] answer(Sample sample, String format, String language) throws Exception {
        MockHttpServletRequestBuilder request = get(sample.url() + "&format=" + format).with(as(sample.group()));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static void assertNoChinese(Sample sample, String text) {
        assertThat(HAN.matcher(text).find()).as(sample.url() + ": \"" + text + "\" is not English").isFalse();
    }

    /** Sections with their titles and label columns left out: what must not change with the language. */
    private static JsonNode withoutLabels(JsonNode sections) {
        JsonNode copy = sections.deepCopy();
        copy.forEach(section -> {
            ((ObjectNode) section).remove("title");
            section.get("rows").forEach(row -> ((ObjectNode) row).remove("label"));
        });
        return copy;
    }

    private static JsonNode row(JsonNode section, String column, String value) {
        for (JsonNode row : section.get("rows")) {
            if (row.get(column).asText().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row " + column + "=" + value + " in " + section);
    }

    private static JsonNode point(JsonNode points, String key) {
        for (JsonNode point : points) {
            if (point.get("key").asText().equals(key)) {
                return point;
            }
        }
        throw new AssertionError("no point " + key + " in " + points);
    }

    private static List<CSVRecord> csv(byte[] bytes) throws Exception {
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
            return parser.getRecords();
        }
    }

    private static int indexOf(List<CSVRecord> csv, String firstCell) {
        for (int i = 0; i < csv.size(); i++) {
            if (csv.get(i).size() == 1 && csv.get(i).get(0).equals(firstCell)) {
                return i;
            }
        }
        throw new AssertionError("no line \"" + firstCell + "\" in the CSV");
    }

    private static List<String> text(Row row) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
            cells.add(cell.getStringCellValue());
        }
        return cells;
    }

    private static RequestPostProcessor as(String group) {
        return user("report-" + group).authorities(new SimpleGrantedAuthority(group));
    }
}
