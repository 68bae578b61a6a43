package org.parceldesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parceldesk.complaint.ComplaintTestSupport.MONDAY_9AM;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** POST/GET /api/v1/complaints: validation, duplicates, idempotency, access, views. */
@ParcelDeskTest
class ComplaintApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ComplaintTestSupport support;
    @Autowired
    TaskService tasks;

    @BeforeEach
    void monday() {
        EngineClock.setNow(MONDAY_9AM);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void filingOpensACaseAndStartsItsProcess() throws Exception {
        NewComplaint complaint = ComplaintTestSupport.newComplaint(ComplaintChannel.API, null);

        MvcResult result = mvc.perform(file(complaint, "complaint-handler"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseNo").value(org.hamcrest.Matchers.matchesPattern("TS20260302\\d{6}")))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.receivedAt").value("2026-03-02T01:00:00Z"))
                .andExpect(jsonPath("$.resolutionDueAt").value("2026-03-09T01:00:00Z"))
                .andExpect(jsonPath("$.duplicateOf").doesNotExist())
                .andReturn();

        String caseNo = body(result).get("caseNo").asText();
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/v1/complaints/" + caseNo);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("complaint").processInstanceBusinessKey(caseNo).count())
                .isEqualTo(1);
        ComplaintViews.Detail detail = support.detail(caseNo);
        assertThat(detail.waybillNo()).isEqualTo(complaint.waybillNo());
        assertThat(detail.stationCode()).as("snapshot of the responsible station").isNotBlank();
        assertThat(detail.receivedAt()).isEqualTo(MONDAY_9AM);
    }

    @Test
    void invalidFieldsAreAllReportedAndNothingIsStored() throws Exception {
        long complaintsBefore = count("complaint");
        long processesBefore = processes();
        Map<String, Object> bad = new HashMap<>();
        bad.put("waybillNo", "PD-1");
        bad.put("channel", "FAX");
        bad.put("category", "NOISE");
        bad.put("customerName", " ");
        bad.put("customerPhone", "12345");
        bad.put("customerEmail", "not-an-address");
        bad.put("description", "太短");

        MvcResult result = mvc.perform(post("/api/v1/complaints").with(httpBasic("complaint-handler", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(bad)))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")))
                .andReturn();

        List<String> fields = new ArrayList<>();
        body(result).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("waybillNo", "channel", "category", "customerName", "customerPhone",
                "customerEmail", "description");
        assertThat(count("complaint")).isEqualTo(complaintsBefore);
        assertThat(processes()).isEqualTo(processesBefore);
    }

    @Test
    void fieldProblemsAreChineseByDefaultAndEnglishWhenAsked() throws Exception {
        Map<String, Object> bad = new HashMap<>();
        bad.put("waybillNo", "PD-1");
        bad.put("channel", "PHONE");
        bad.put("category", "DELAY");
        bad.put("customerName", "李四");
        bad.put("customerPhone", "13900001111");
        bad.put("description", "太短");

        JsonNode chinese = body(mvc.perform(post("/api/v1/complaints").with(httpBasic("complaint-handler", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(bad)))
                .andExpect(status().isBadRequest()).andReturn());
        JsonNode english = body(mvc.perform(post("/api/v1/complaints").with(httpBasic("complaint-handler", "demo"))
                .header("Accept-Language", "en-US,en;q=0.9,zh;q=0.5")
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(bad)))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(messages(chinese)).containsEntry("waybillNo", "运单号应为6至32位字母或数字")
                .containsEntry("description", "长度应为10至2000个字符");
        assertThat(messages(english)).containsEntry("waybillNo", "must be 6 to 32 letters or digits")
                .containsEntry("description", "must have 10 to 2000 characters");
        assertThat(chinese.get("title").asText()).isEqualTo("请求无效");
        assertThat(english.get("title").asText()).isEqualTo("Invalid request");
    }

    @Test
    void theIntakesAndTheListsRefusalsFollowTheLanguageAsked() throws Exception {
        NewComplaint complaint = ComplaintTestSupport.newComplaint(ComplaintChannel.API, null);
        String badKey = "with space";
        JsonNode chinese = body(mvc.perform(file(complaint, "complaint-handler").header("Idempotency-Key", badKey))
                .andExpect(status().isBadRequest()).andReturn());
        JsonNode english = body(mvc.perform(file(complaint, "complaint-handler").header("Idempotency-Key", badKey)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(messages(chinese)).containsEntry("Idempotency-Key", "应为1至100个可见ASCII字符");
        assertThat(messages(english)).containsEntry("Idempotency-Key", "must be 1 to 100 visible ASCII characters");

        String key = "language-" + complaint.waybillNo() + "-" + complaint.category();
        mvc.perform(file(complaint, "complaint-handler").header("Idempotency-Key", key)).andExpect(status().isCreated());
        NewComplaint changed = new NewComplaint(complaint.waybillNo(), complaint.channel(), complaint.category(),
                complaint.customerName(), complaint.customerPhone(), complaint.customerEmail(), "同一个键下的另一段投诉内容描述");
        assertThat(messages(body(mvc.perform(file(changed, "complaint-handler").header("Idempotency-Key", key)
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableEntity()).andReturn())))
                .containsEntry("Idempotency-Key", "was already used for a different request");

        MockHttpServletRequestBuilder reversed = get("/api/v1/complaints").with(httpBasic("complaint-supervisor", "demo"))
                .param("from", "2026-04-11").param("to", "2026-04-01");
        assertThat(messages(body(mvc.perform(reversed).andExpect(status().isBadRequest()).andReturn())))
                .containsEntry("to", "不能早于开始日期");
        assertThat(messages(body(mvc.perform(reversed.header("Accept-Language", "en-GB"))
                .andExpect(status().isBadRequest()).andReturn())))
                .containsEntry("to", "must not be before from");

        MockHttpServletRequestBuilder unknown = get("/api/v1/complaints/TS20990101000002")
                .with(httpBasic("complaint-handler", "demo"));
        assertThat(body(mvc.perform(unknown).andExpect(status().isNotFound()).andReturn()).get("detail").asText())
                .isEqualTo("投诉 TS20990101000002 不存在");
        assertThat(body(mvc.perform(unknown.header("Accept-Language", "en")).andExpect(status().isNotFound()).andReturn())
                .get("detail").asText()).isEqualTo("Complaint TS20990101000002 does not exist");
    }

    @Test
    void whatIsStoredWithTheCaseIsChineseWhateverLanguageTheFilingRequestAsked() throws Exception {
        NewComplaint referral = ComplaintTestSupport.newComplaint(ComplaintChannel.REGULATOR, null);
        String caseNo = body(mvc.perform(file(referral, "complaint-handler").header("Accept-Language", "en"))
                .andExpect(status().isCreated()).andReturn()).get("caseNo").asText();

        // timeline details (written by the intake and by the engine's first steps, in the English request)
        Map<ComplaintEventType, String> details = new HashMap<>();
        support.detail(caseNo).timeline().forEach(event -> details.putIfAbsent(event.type(), event.detail()));
        assertThat(details.get(ComplaintEventType.RECEIVED)).isEqualTo("渠道 REGULATOR，类别 " + referral.category()
                + "，优先级 HIGH，监管转办编号 " + referral.regulatorReference() + "，监管期限 " + referral.regulatorDeadline());
        assertThat(details.get(ComplaintEventType.ACKNOWLEDGED)).matches("承诺办结时间 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        // a Tasklist form's facts, written when the first task was created during that request
        Map<String, Object> facts = tasks.getVariablesLocal(support.task(caseNo, ComplaintProcess.TASK_CONTACT_CUSTOMER).getId());
        assertThat(facts).containsEntry("factRegulator", referral.regulatorReference() + "，监管期限 " + referral.regulatorDeadline());
    }

    private static Map<String, String> messages(JsonNode problem) {
        Map<String, String> messages = new HashMap<>();
        problem.get("errors").forEach(error -> messages.put(error.get("field").asText(), error.get("message").asText()));
        return messages;
    }

    @Test
    void phoneNumbersAcceptMobileAndLandlineFormats() throws Exception {
        for (String phone : List.of("+86 138 0013 8000", "010-12345678", "0571 8765 4321")) {
            NewComplaint complaint = ComplaintTestSupport.withPhone(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null), phone);
            mvc.perform(file(complaint, "complaint-handler")).andExpect(status().isCreated());
        }
        for (String phone : List.of("12800138000", "1380013800", "138001380001", "88886666")) {
            NewComplaint complaint = ComplaintTestSupport.withPhone(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null), phone);
            mvc.perform(file(complaint, "complaint-handler")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("customerPhone"));
        }
    }

    @Test
    void unknownWaybillIsUnprocessableAndNothingIsStored() throws Exception {
        long complaintsBefore = count("complaint");
        NewComplaint complaint = new NewComplaint("PD9999999999", "PHONE", "DELAY", "李四", "13900001111", null,
                "包裹一直没有到，查不到物流信息。");

        mvc.perform(file(complaint, "complaint-handler").header("Idempotency-Key", "unknown-waybill-1"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("waybillNo"));

        assertThat(count("complaint")).isEqualTo(complaintsBefore);
        assertThat(jdbc.queryForObject("select count(*) from complaint_idempotency where idem_key = 'unknown-waybill-1'",
                Long.class)).isZero();
    }

    @Test
    void anOpenComplaintOnTheSameWaybillAndCategoryIsNotANewCase() throws Exception {
        NewComplaint first = ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null);
        NewComplaint again = new NewComplaint(first.waybillNo(), "WEB", first.category(), "另一位客户", "13700009999",
                "other@example.com", "同一个快件，我也要投诉，一直没有送到。");
        String caseNo = body(mvc.perform(file(first, "complaint-handler")).andExpect(status().isCreated()).andReturn())
                .get("caseNo").asText();

        mvc.perform(file(again, "complaint-handler"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNo").value(caseNo))
                .andExpect(jsonPath("$.duplicateOf").value(caseNo));

        assertThat(support.complaintsOn(first.waybillNo(), first.category())).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count()).isEqualTo(1);
        // another person: kept as a co-complainant with their own words, acknowledged on their own
        assertThat(support.events(caseNo, ComplaintEventType.CO_COMPLAINANT_ADDED)).isEqualTo(1);
        assertThat(support.detail(caseNo).coComplainants()).singleElement().satisfies(co -> {
            assertThat(co.name()).isEqualTo("另一位客户");
            assertThat(co.description()).isEqualTo(again.description());
        });
        assertThat(support.mailTemplates(caseNo)).contains("complaint-joined");

        // the first caller again is a duplicate, not a co-complainant
        mvc.perform(file(first, "complaint-handler")).andExpect(status().isOk())
                .andExpect(jsonPath("$.duplicateOf").value(caseNo));
        assertThat(support.events(caseNo, ComplaintEventType.DUPLICATE_RECEIVED)).isEqualTo(1);
        assertThat(support.detail(caseNo).coComplainants()).hasSize(1);
    }

    @Test
    void anotherCategoryOnTheSameWaybillIsANewCase() throws Exception {
        NewComplaint first = ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null);
        mvc.perform(file(first, "complaint-handler")).andExpect(status().isCreated());
        // a category without an open complaint on this waybill (other tests share the demo waybills)
        List<String> open = jdbc.queryForList("select category from complaint where waybill_no = ? and open_key is not null",
                String.class, first.waybillNo());
        String otherCategory = java.util.Arrays.stream(ComplaintCategory.values()).map(Enum::name)
                .filter(c -> !open.contains(c)).findFirst().orElseThrow();
        NewComplaint other = new NewComplaint(first.waybillNo(), "PHONE", otherCategory, "王五", "13700001234", null,
                "快递员电话里态度很差，挂断电话。");

        mvc.perform(file(other, "complaint-handler")).andExpect(status().isCreated());
        assertThat(support.complaintsOn(first.waybillNo(), otherCategory)).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeyGetsTheSameAnswerAndNoSecondCase() throws Exception {
        NewComplaint complaint = ComplaintTestSupport.newComplaint(ComplaintChannel.API, "api@example.com");
        String key = "order-" + complaint.waybillNo() + "-" + complaint.category();

        MvcResult first = mvc.perform(file(complaint, "complaint-handler").header("Idempotency-Key", key))
                .andExpect(status().isCreated()).andReturn();
        MvcResult second = mvc.perform(file(complaint, "complaint-handler").header("Idempotency-Key", key))
                .andExpect(status().isCreated()).andReturn();

        assertThat(second.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(support.complaintsOn(complaint.waybillNo(), complaint.category())).isEqualTo(1);
        String caseNo = body(first).get("caseNo").asText();
        assertThat(support.events(caseNo, ComplaintEventType.DUPLICATE_RECEIVED)).as("a replay is not a duplicate").isZero();

        NewComplaint changed = new NewComplaint(complaint.waybillNo(), complaint.channel(), complaint.category(),
                complaint.customerName(), complaint.customerPhone(), complaint.customerEmail(), "另一段不同的投诉内容描述文字");
        mvc.perform(file(changed, "complaint-handler").header("Idempotency-Key", key))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        // keys are per caller: another user's identical key is another request
        mvc.perform(file(complaint, "complaint-supervisor").header("Idempotency-Key", key))
                .andExpect(status().isOk()).andExpect(jsonPath("$.duplicateOf").value(caseNo));
    }

    @Test
    void onlyComplaintStaffAndIntakeClientsMayFile() throws Exception {
        NewComplaint complaint = ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null);
        long before = count("complaint");

        mvc.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(complaint)))
                .andExpect(status().isUnauthorized());
        mvc.perform(file(complaint, "courier")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/complaints").with(httpBasic("courier", "demo"))).andExpect(status().isForbidden());

        assertThat(count("complaint")).isEqualTo(before);
    }

    @Test
    void detailShowsSlaLinksAndTimelineWithThePhoneMaskedForNonHandlers() throws Exception {
        NewComplaint complaint = ComplaintTestSupport.withPhone(
                ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null), "13812345678");
        String caseNo = support.file(complaint);

        mvc.perform(get("/api/v1/complaints/" + caseNo).with(httpBasic("complaint-handler", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customer.phone").value("13812345678"))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.sla.firstContactDueAt").value("2026-03-03T01:00:00Z"))
                .andExpect(jsonPath("$.sla.promisedResolutionAt").value("2026-03-09T01:00:00Z"))
                .andExpect(jsonPath("$.sla.breaches").isEmpty())
                .andExpect(jsonPath("$.linkedCases").exists())
                .andExpect(jsonPath("$.timeline[0].type").value("RECEIVED"))
                .andExpect(jsonPath("$.timeline[1].type").value("ACKNOWLEDGED"));
        mvc.perform(get("/api/v1/complaints/" + caseNo).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customer.phone").value("138****5678"));
        mvc.perform(get("/api/v1/complaints/TS20990101000001").with(httpBasic("complaint-handler", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void listFiltersByStatusCategoryStationChannelAndDates() throws Exception {
        EngineClock.setNow(MONDAY_9AM.plus(Duration.ofDays(40)));  // 2026-04-11, a day no other test files on
        NewComplaint mine = ComplaintTestSupport.newComplaint(ComplaintChannel.EMAIL, null);
        String caseNo = support.file(mine);
        String station = support.detail(caseNo).stationCode();

        JsonNode page = body(mvc.perform(get("/api/v1/complaints").with(httpBasic("complaint-supervisor", "demo"))
                        .param("status", "RECEIVED").param("category", mine.category()).param("station", station)
                        .param("channel", "EMAIL").param("from", "2026-04-11").param("to", "2026-04-11")
                        .param("size", "50"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.get("content")).hasSize(1);
        assertThat(page.get("content").get(0).get("caseNo").asText()).isEqualTo(caseNo);
        assertThat(page.get("content").get(0).get("customerPhone").asText()).contains("****");
        assertThat(page.get("totalElements").asLong()).isEqualTo(1);

        JsonNode dayBefore = body(mvc.perform(get("/api/v1/complaints").with(httpBasic("complaint-supervisor", "demo"))
                        .param("channel", "EMAIL").param("to", "2026-04-10").param("from", "2026-04-10"))
                .andExpect(status().isOk()).andReturn());
        assertThat(dayBefore.get("content").findValuesAsText("caseNo")).doesNotContain(caseNo);
        mvc.perform(get("/api/v1/complaints").with(httpBasic("complaint-supervisor", "demo")).param("status", "SLEEPING"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/complaints").with(httpBasic("complaint-supervisor", "demo"))
                        .param("from", "2026-04-11").param("to", "2026-04-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    private MockHttpServletRequestBuilder file(NewComplaint complaint, String user) throws Exception {
        return post("/api/v1/complaints").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(complaint));
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private long processes() {
        return runtime.createProcessInstanceQuery().processDefinitionKey("complaint").count();
    }
}
