package org.parceldesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
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
 * A complaint from intake to closure over real HTTP on MariaDB, as the people involved do it: a
 * handler files it through the API and works the tasks through engine REST (what Tasklist calls),
 * the customer rates through the survey link of the e-mail in the outbox.
 */
@MariaDbTest
class ComplaintEndToEndIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPhoneComplaintFromIntakeToClosedOverHttp() throws Exception {
        TestRestTemplate handler = http.withBasicAuth("complaint-handler", "demo");
        NewComplaint complaint = ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, "e2e.customer@example.com");

        ResponseEntity<String> filed = handler.postForEntity("/api/v1/complaints", jsonEntity(complaint), String.class);
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        String caseNo = json.readTree(filed.getBody()).get("caseNo").asText();

        // the courier sees nothing, the handler sees the task with its Camunda form
        assertThat(tasks(http.withBasicAuth("courier", "demo"), caseNo)).isEmpty();
        JsonNode contact = singleTask(handler, caseNo, "Task_ContactCustomer");
        assertThat(contact.get("priority").asInt()).isEqualTo(50);
        ResponseEntity<String> form = handler.exchange("/engine-rest/task/" + contact.get("id").asText() + "/deployed-form",
                HttpMethod.GET, new HttpEntity<>(acceptJson()), String.class);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(form.getBody()).get("id").asText()).isEqualTo("complaint-contact-customer");
        ResponseEntity<String> facts = handler.exchange("/engine-rest/task/" + contact.get("id").asText() + "/form-variables",
                HttpMethod.GET, new HttpEntity<>(acceptJson()), String.class);
        assertThat(json.readTree(facts.getBody()).get("factCustomerPhone").get("value").asText()).contains("****");
        // the handler who must call sees the full phone; sending it back with the form is refused, nothing written
        assertThat(json.readTree(facts.getBody()).get("factCallPhone").get("value").asText())
                .isEqualTo(complaint.customerPhone());
        ResponseEntity<String> sentBack = handler.postForEntity("/engine-rest/task/" + contact.get("id").asText()
                + "/submit-form", jsonEntity(Map.of("variables", Map.of("contactResult", Map.of("value", "REACHED"),
                "contactNote", Map.of("value", "已联系"), "factCallPhone", Map.of("value", "13000000000")))), String.class);
        assertThat(sentBack.getStatusCode()).as(sentBack.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(sentBack.getBody()).contains("factCallPhone");
        assertThat(singleTask(handler, caseNo, "Task_ContactCustomer").get("id").asText()).isEqualTo(contact.get("id").asText());
        // a courier cannot complete it either
        assertThat(http.withBasicAuth("courier", "demo").postForEntity("/engine-rest/task/" + contact.get("id").asText()
                + "/complete", jsonEntity(Map.of()), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        complete(handler, contact, Map.of("contactResult", "REACHED", "contactNote", "已致电客户，承诺两日内答复"));
        complete(handler, singleTask(handler, caseNo, "Task_Investigate"), Map.of(
                "investigationOutcome", "CONCLUDED", "finding", "分拨中心错分导致延误", "responsibleParty", "SORTING_CENTER",
                "compensationNeeded", false, "courierAtFault", false));
        complete(handler, singleTask(handler, caseNo, "Task_ReplyToCustomer"),
                Map.of("resolution", "经核实为分拨中心错分，已改派并加急，向您致歉。"));
        assertThat(singleTask(handler, caseNo, "Task_SatisfactionCallback")).isNotNull();

        // the customer opens the survey link of the e-mail and rates
        String surveyUrl = json.readTree(jdbc.queryForObject(
                "select model from notification_outbox where case_no = ? and template = 'complaint-survey'", String.class, caseNo))
                .get("surveyUrl").asText();
        URI survey = URI.create(surveyUrl);
        String pathAndQuery = survey.getRawPath() + "?" + survey.getRawQuery();
        ResponseEntity<String> page = http.getForEntity(pathAndQuery, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        Matcher csrf = CSRF.matcher(page.getBody());
        assertThat(csrf.find()).as("the survey form carries a CSRF token").isTrue();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.put(HttpHeaders.COOKIE, page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(cookie -> cookie.split(";", 2)[0]).toList());
        MultiValueMap<String, String> answer = new LinkedMultiValueMap<>();
        answer.add("_csrf", csrf.group(1));
        answer.add("token", survey.getQuery().substring("token=".length()));
        answer.add("satisfaction", "5");
        answer.add("comment", "很满意");
        ResponseEntity<String> rated = http.postForEntity("/portal/survey", new HttpEntity<>(answer, headers), String.class);
        assertThat(rated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rated.getBody()).contains("感谢您的评价");

        JsonNode closed = json.readTree(handler.getForEntity("/api/v1/complaints/" + caseNo, String.class).getBody());
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("satisfaction").asInt()).isEqualTo(5);
        assertThat(closed.get("responsibleParty").asText()).isEqualTo("SORTING_CENTER");
        assertThat(closed.get("timeline").findValuesAsText("actor")).contains("complaint-handler", "customer");
        assertThat(tasks(handler, caseNo)).isEmpty();
        assertThat(jdbc.queryForList("select template from notification_outbox where case_no = ? order by id", String.class, caseNo))
                .containsExactly("complaint-acknowledgment", "complaint-reply", "complaint-survey");
        assertThat(jdbc.queryForList("select recipient from notification_outbox where case_no = ?", String.class, caseNo))
                .containsOnly("e2e.customer@example.com");
    }

    private List<JsonNode> tasks(TestRestTemplate user, String caseNo) throws Exception {
        ResponseEntity<String> found = user.exchange("/engine-rest/task?processInstanceBusinessKey=" + caseNo,
                HttpMethod.GET, new HttpEntity<>(acceptJson()), String.class);
        assertThat(found.getStatusCode()).as(found.getBody()).isEqualTo(HttpStatus.OK);
        List<JsonNode> list = new java.util.ArrayList<>();
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
