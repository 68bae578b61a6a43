package org.parceldesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The customer channels of a complaint over real HTTP on MariaDB, as customers use them: filing on
 * the portal with only a phone, tracking by case number and phone (and what a stranger guessing
 * gets), a second customer on the same waybill joining as a co-complainant who is told the
 * outcome, the survey comment reaching the supervisor, and photos sent with Add information.
 */
@MariaDbTest
class ComplaintChannelsIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPhoneOnlyCustomerFilesOnThePortalAndTracksWithCaseNumberAndPhone() throws Exception {
        NewComplaint complaint = ComplaintTestSupport.withPhone(
                ComplaintTestSupport.newComplaint(ComplaintChannel.WEB, null), "13512345678");
        String caseNo = fileOnPortal(complaint, "赵六", null);

        // no e-mail: nothing is mailed, and the case says the customer must be told by phone
        assertThat(jdbc.queryForList("select template from notification_outbox where case_no = ?", String.class, caseNo))
                .isEmpty();
        assertThat(staffDetail(caseNo).get("timeline").findValuesAsText("type")).contains("CUSTOMER_NOT_NOTIFIED");

        for (String phone : List.of("5678", "135 1234 5678", "+86 135-1234-5678")) {
            ResponseEntity<String> found = track(caseNo.toLowerCase(), phone);
            assertThat(found.getStatusCode()).as(phone).isEqualTo(HttpStatus.OK);
            assertThat(found.getBody()).contains(caseNo).contains("投诉已受理").contains("承诺办结时间")
                    .doesNotContain("赵六", "13512345678", "5678", complaint.waybillNo(), complaint.description());
        }

        // a wrong phone for a real case and a real phone for a made-up case: the same answer, word for word
        ResponseEntity<String> wrongPhone = track(caseNo, "1234");
        ResponseEntity<String> wrongNumber = track(otherCaseNo(caseNo), "5678");
        ResponseEntity<String> malformedNumber = track("TS-not-a-case", "5678");
        assertThat(wrongPhone.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(wrongNumber.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(malformedNumber.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(wrongPhone.getBody()).isEqualTo(wrongNumber.getBody()).isEqualTo(malformedNumber.getBody())
                .contains("未找到匹配的投诉").doesNotContain(caseNo);
        assertThat(track(caseNo, "12ab").getStatusCode()).as("not a phone at all: the caller's mistake")
                .isEqualTo(HttpStatus.BAD_REQUEST);

        // the same through the JSON API
        ResponseEntity<String> apiFound = http.postForEntity("/api/public/complaints/track",
                jsonEntity(Map.of("caseNo", caseNo, "phone", "5678")), String.class);
        assertThat(apiFound.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode tracked = json.readTree(apiFound.getBody());
        assertThat(tracked.get("status").asText()).isEqualTo("RECEIVED");
        List<String> fields = new ArrayList<>();
        tracked.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).doesNotContain("waybillNo", "customer", "category", "satisfaction");
        ResponseEntity<String> apiWrongPhone = http.postForEntity("/api/public/complaints/track",
                jsonEntity(Map.of("caseNo", caseNo, "phone", "0000")), String.class);
        ResponseEntity<String> apiWrongNumber = http.postForEntity("/api/public/complaints/track",
                jsonEntity(Map.of("caseNo", otherCaseNo(caseNo), "phone", "5678")), String.class);
        assertThat(apiWrongPhone.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(apiWrongPhone.getBody()).isEqualTo(apiWrongNumber.getBody()).doesNotContain(caseNo);
    }

    @Test
    void aSecondCustomerJoinsAsCoComplainantWithoutLearningTheCaseAndReceivesTheOutcome() throws Exception {
        NewComplaint first = ComplaintTestSupport.withPhone(
                ComplaintTestSupport.newComplaint(ComplaintChannel.WEB, "first.customer@example.com"), "13622223333");
        String caseNo = fileOnPortal(first, "钱一", "first.customer@example.com");

        NewComplaint second = new NewComplaint(first.waybillNo(), "WEB", first.category(), "孙二", "13744445555",
                "second.customer@example.com", "我是收件人，同一个快件到现在也没有收到，请一并处理。");
        ResponseEntity<String> joined = postPortalFiling(second, "孙二", "second.customer@example.com");
        assertThat(joined.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(joined.getBody()).contains("已并入处理中的案件").doesNotContain(caseNo, "钱一", "13622223333");

        // the first complainant filing again is no new co-complainant, and sees the same page
        ResponseEntity<String> again = postPortalFiling(first, "钱一", "first.customer@example.com");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).isEqualTo(joined.getBody());

        JsonNode detail = staffDetail(caseNo);
        assertThat(detail.get("coComplainants")).hasSize(1);
        JsonNode co = detail.get("coComplainants").get(0);
        assertThat(co.get("name").asText()).isEqualTo("孙二");
        assertThat(co.get("phone").asText()).isEqualTo("13744445555");
        assertThat(co.get("email").asText()).isEqualTo("second.customer@example.com");
        assertThat(co.get("description").asText()).isEqualTo(second.description());
        assertThat(detail.get("timeline").findValuesAsText("type")).contains("CO_COMPLAINANT_ADDED", "DUPLICATE_RECEIVED");
        assertThat(outbox(caseNo)).containsExactly("complaint-acknowledgment -> first.customer@example.com",
                "complaint-joined -> second.customer@example.com");
        String joinedMail = jdbc.queryForObject("select model from notification_outbox where case_no = ? and template = 'complaint-joined'",
                String.class, caseNo);
        assertThat(joinedMail).contains("孙二").doesNotContain("钱一", "13622223333", first.description());

        // the co-complainant tracks with the case number and their own phone
        assertThat(track(caseNo, "5555").getStatusCode()).isEqualTo(HttpStatus.OK);

        // the handler works the case; the reply goes to both complainants
        TestRestTemplate handler = http.withBasicAuth("complaint-handler", "demo");
        complete(handler, singleTask(handler, caseNo, "Task_ContactCustomer"),
                Map.of("contactResult", "REACHED", "contactNote", "已致电两位客户"));
        complete(handler, singleTask(handler, caseNo, "Task_Investigate"), Map.of("investigationOutcome", "CONCLUDED",
                "finding", "网点积压导致延误", "responsibleParty", "STATION", "compensationNeeded", false, "courierAtFault", false));
        complete(handler, singleTask(handler, caseNo, "Task_ReplyToCustomer"),
                Map.of("resolution", "经核实为网点积压，已加急派送并向您致歉。"));
        assertThat(outbox(caseNo)).contains("complaint-reply -> first.customer@example.com",
                "complaint-reply -> second.customer@example.com");
        assertThat(outbox(caseNo)).as("the survey asks the complainant only")
                .contains("complaint-survey -> first.customer@example.com")
                .doesNotContain("complaint-survey -> second.customer@example.com");

        // the first complainant is dissatisfied and says why: the words reach the case and the supervisor
        rateThroughSurveyLink(caseNo, "1", "快件外箱破损，客服没有解释原因");
        JsonNode reopened = staffDetail(caseNo);
        assertThat(reopened.get("satisfactionComment").asText()).isEqualTo("快件外箱破损，客服没有解释原因");
        assertThat(reopened.get("timeline").findValuesAsText("detail")).anyMatch(d -> d.contains("快件外箱破损"));
        TestRestTemplate supervisor = http.withBasicAuth("complaint-supervisor", "demo");
        JsonNode review = singleTask(supervisor, caseNo, "Task_SupervisorReview");
        JsonNode facts = json.readTree(supervisor.exchange("/engine-rest/task/" + review.get("id").asText() + "/form-variables",
                HttpMethod.GET, new HttpEntity<>(acceptJson()), String.class).getBody());
        assertThat(facts.get("factSurveyComment").get("value").asText()).isEqualTo("快件外箱破损，客服没有解释原因");
        complete(supervisor, review, Map.of("supervisorResolution", "已核实外箱破损原因并向两位客户说明，致歉。"));
        assertThat(outbox(caseNo).stream().filter(line -> line.startsWith("complaint-reply")).toList())
                .as("the review's reply goes to both as well").hasSize(4);
    }

    @Test
    void addInformationAcceptsPhotosWithinTheClaimEvidenceLimits() throws Exception {
        NewComplaint complaint = ComplaintTestSupport.newComplaint(ComplaintChannel.WEB, "photos@example.com");
        String caseNo = fileOnPortal(complaint, "周七", "photos@example.com");
        TestRestTemplate handler = http.withBasicAuth("complaint-handler", "demo");
        complete(handler, singleTask(handler, caseNo, "Task_ContactCustomer"),
                Map.of("contactResult", "REACHED", "contactNote", "请客户上传外包装照片"));
        complete(handler, singleTask(handler, caseNo, "Task_Investigate"),
                Map.of("investigationOutcome", "WAIT_FOR_CUSTOMER", "customerInfoRequest", "请上传外包装破损照片"));
        String statusPath = URI.create(json.readTree(jdbc.queryForObject("select model from notification_outbox where case_no = ?"
                + " and template = 'complaint-info-request'", String.class, caseNo)).get("statusUrl").asText()).getRawPath();
        String token = json.readTree(jdbc.queryForObject("select model from notification_outbox where case_no = ?"
                + " and template = 'complaint-info-request'", String.class, caseNo)).get("statusUrl").asText().split("token=")[1];

        byte[] png = pngBytes(1024);
        ResponseEntity<String> renamedExe = addInformation(statusPath, token, "看照片", "photo.png", "MZ-not-a-png".getBytes());
        assertThat(renamedExe.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(renamedExe.getBody()).contains("not a png file");
        ResponseEntity<String> wrongType = addInformation(statusPath, token, "看照片", "photo.gif", png);
        assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> tooLarge = addInformation(statusPath, token, "看照片", "large.png", pngBytes(6 * 1024 * 1024));
        assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLarge.getBody()).contains("larger than 5 MB");
        assertThat(jdbc.queryForObject("select count(*) from complaint_evidence where complaint_case_no = ?", Long.class, caseNo))
                .as("a refused answer records nothing").isZero();
        assertThat(singleTask(handler, caseNo, "Task_AwaitCustomerInfo")).as("still waiting").isNotNull();

        ResponseEntity<String> accepted = addInformation(statusPath, token, "", "box.png", png);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(accepted.getBody()).contains("已收到您补充的信息");

        JsonNode detail = staffDetail(caseNo);
        assertThat(detail.get("evidence")).hasSize(1);
        JsonNode photo = detail.get("evidence").get(0);
        assertThat(photo.get("fileName").asText()).isEqualTo("box.png");
        assertThat(photo.get("contentType").asText()).isEqualTo("image/png");
        assertThat(detail.get("timeline").findValuesAsText("type")).contains("CUSTOMER_EVIDENCE_RECEIVED");
        ResponseEntity<byte[]> download = handler.getForEntity("/api/v1/complaints/" + caseNo + "/evidence/"
                + photo.get("id").asText(), byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(png);
        assertThat(http.withBasicAuth("courier", "demo").getForEntity("/api/v1/complaints/" + caseNo + "/evidence/"
                + photo.get("id").asText(), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(singleTask(handler, caseNo, "Task_Investigate")).as("the case goes on").isNotNull();
    }

    // --- the portal as a browser uses it: a page with a form (CSRF token, session cookie), then the POST

    private record Page(String csrf, List<String> cookies) {
    }

    private Page open(String path) {
        ResponseEntity<String> page = http.getForEntity(path, String.class);
        assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        Matcher csrf = CSRF.matcher(page.getBody());
        assertThat(csrf.find()).as(path + " carries a CSRF token").isTrue();
        return new Page(csrf.group(1), page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(cookie -> cookie.split(";", 2)[0]).toList());
    }

    private ResponseEntity<String> post(Page page, String path, MultiValueMap<String, ?> fields, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.put(HttpHeaders.COOKIE, page.cookies());
        @SuppressWarnings("unchecked")
        MultiValueMap<String, Object> body = (MultiValueMap<String, Object>) fields;
        body.add("_csrf", page.csrf());
        return http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> postPortalFiling(NewComplaint complaint, String name, String email) {
        Page page = open("/portal/complaints/new");
        MultiValueMap<String, Object> fields = new LinkedMultiValueMap<>();
        fields.add("requestId", java.util.UUID.randomUUID().toString());
        fields.add("waybillNo", complaint.waybillNo());
        fields.add("category", complaint.category());
        fields.add("customerName", name);
        fields.add("customerPhone", complaint.customerPhone());
        fields.add("customerEmail", email == null ? "" : email);
        fields.add("description", complaint.description());
        return post(page, "/portal/complaints", fields, MediaType.APPLICATION_FORM_URLENCODED);
    }

    private String fileOnPortal(NewComplaint complaint, String name, String email) {
        ResponseEntity<String> filed = postPortalFiling(complaint, name, email);
        assertThat(filed.getStatusCode().is3xxRedirection()).as(filed.getBody()).isTrue();
        String location = filed.getHeaders().getLocation().toString();
        Matcher caseNo = Pattern.compile("/portal/complaints/(TS\\d{14})\\?token=").matcher(location);
        assertThat(caseNo.find()).as(location).isTrue();
        return caseNo.group(1);
    }

    private ResponseEntity<String> track(String caseNo, String phone) {
        Page page = open("/portal/track");
        MultiValueMap<String, Object> fields = new LinkedMultiValueMap<>();
        fields.add("caseNo", caseNo);
        fields.add("phone", phone);
        return post(page, "/portal/track", fields, MediaType.APPLICATION_FORM_URLENCODED);
    }

    private ResponseEntity<String> addInformation(String statusPath, String token, String text, String fileName, byte[] content) {
        Page page = open(statusPath + "?token=" + token);
        MultiValueMap<String, Object> fields = new LinkedMultiValueMap<>();
        fields.add("token", token);
        fields.add("information", text);
        fields.add("files", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return post(page, statusPath + "/information", fields, MediaType.MULTIPART_FORM_DATA);
    }

    private void rateThroughSurveyLink(String caseNo, String rating, String comment) throws Exception {
        URI survey = URI.create(json.readTree(jdbcModel(caseNo, "complaint-survey")).get("surveyUrl").asText());
        Page page = open(survey.getRawPath() + "?" + survey.getRawQuery());
        MultiValueMap<String, Object> answer = new LinkedMultiValueMap<>();
        answer.add("token", survey.getQuery().substring("token=".length()));
        answer.add("satisfaction", rating);
        answer.add("comment", comment);
        assertThat(post(page, "/portal/survey", answer, MediaType.APPLICATION_FORM_URLENCODED).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private String jdbcModel(String caseNo, String template) {
        return jdbc.queryForObject("select model from notification_outbox where case_no = ? and template = ? order by id limit 1",
                String.class, caseNo, template);
    }

    private List<String> outbox(String caseNo) {
        return jdbc.queryForList("select concat(template, ' -> ', recipient) from notification_outbox where case_no = ? order by id",
                String.class, caseNo);
    }

    private static String otherCaseNo(String caseNo) {
        // the same day, a sequence number no test reaches
        return caseNo.substring(0, 10) + "999999";
    }

    private static byte[] pngBytes(int size) {
        byte[] bytes = new byte[size];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        Arrays.fill(bytes, signature.length, size, (byte) 7);
        return bytes;
    }

    // --- staff side over HTTP: the API and engine REST, as the workbench and Tasklist use them

    private JsonNode staffDetail(String caseNo) throws Exception {
        ResponseEntity<String> detail = http.withBasicAuth("complaint-handler", "demo")
                .getForEntity("/api/v1/complaints/" + caseNo, String.class);
        assertThat(detail.getStatusCode()).as(detail.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(detail.getBody());
    }

    private List<JsonNode> tasks(TestRestTemplate user, String caseNo) throws Exception {
        ResponseEntity<String> found = user.exchange("/engine-rest/task?processInstanceBusinessKey=" + caseNo,
                HttpMethod.GET, new HttpEntity<>(acceptJson()), String.class);
        assertThat(found.getStatusCode()).as(found.getBody()).isEqualTo(HttpStatus.OK);
        List<JsonNode> list = new ArrayList<>();
        json.readTree(found.getBody()).forEach(list::add);
        return list;
    }

    private JsonNode singleTask(TestRestTemplate user, String caseNo, String taskKey) throws Exception {
        List<JsonNode> found = tasks(user, caseNo).stream()
                .filter(task -> taskKey.equals(task.get("taskDefinitionKey").asText())).toList();
        assertThat(found).as(taskKey).hasSize(1);
        return found.get(0);
    }

    private void complete(TestRestTemplate user, JsonNode task, Map<String, Object> values) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        ResponseEntity<String> done = user.postForEntity("/engine-rest/task/" + task.get("id").asText() + "/complete",
                jsonEntity(Map.of("variables", variables)), String.class);
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private HttpEntity<String> jsonEntity(Object body) {
        HttpHeaders headers = acceptJson();
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            return new HttpEntity<>(json.writeValueAsString(body), headers);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpHeaders acceptJson() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }
}
