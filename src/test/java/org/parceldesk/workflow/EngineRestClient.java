package org.parceldesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Engine REST and ParcelDesk API calls as the demo users make them (HTTP Basic, password "demo"). */
record EngineRestClient(TestRestTemplate http, ObjectMapper json) {

    ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        String text = null;
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
            try {
                text = json.writeValueAsString(body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(text, headers), String.class);
    }

    JsonNode ok(ResponseEntity<String> response, HttpStatus... expected) {
        assertThat(response.getStatusCode()).as(response.getBody()).isIn((Object[]) expected);
        try {
            return response.getBody() == null ? null : json.readTree(response.getBody());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The open task of a case, as the user's task query shows it (null when the user sees none). */
    JsonNode task(String user, String caseNo, String taskKey) {
        JsonNode tasks = ok(call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNo
                + "&taskDefinitionKey=" + taskKey, null), HttpStatus.OK);
        return tasks.isEmpty() ? null : tasks.get(0);
    }

    String taskId(String user, String caseNo, String taskKey) {
        JsonNode task = task(user, caseNo, taskKey);
        assertThat(task).as(taskKey + " of " + caseNo + " visible to " + user).isNotNull();
        return task.get("id").asText();
    }

    /** Submits a task as Tasklist does with a Camunda Form. */
    void submit(String user, String caseNo, String taskKey, Map<String, Object> values) {
        String id = taskId(user, caseNo, taskKey);
        ok(call(user, HttpMethod.POST, "/engine-rest/task/" + id + "/submit-form", Map.of("variables", typed(values))),
                HttpStatus.NO_CONTENT);
    }

    static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return variables;
    }
}
