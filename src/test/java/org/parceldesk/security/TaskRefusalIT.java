package org.parceldesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A task listener's refusal reaches engine REST clients (Tasklist) as 4xx, a defect still as 500. */
@MariaDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskRefusalIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @BeforeAll
    void deploy() {
        repositoryService.createDeployment().name("refusal-test")
                .addClasspathResource("security/refusal-test.bpmn").deploy();
    }

    @Test
    void refusalsAre4xxAndTheTaskStaysOpen() {
        String taskId = startAndGetTask("TEST-REFUSAL-1");

        assertThat(complete(taskId, "invalid").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> forbidden = complete(taskId, "forbidden");
        assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forbidden.getBody()).contains("核定人不能审批").doesNotContain("the assessor");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

        assertThat(complete(taskId, "fine").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    }

    @Test
    void aDefectIsStillAServerError() {
        String taskId = startAndGetTask("TEST-REFUSAL-2");
        assertThat(complete(taskId, "broken").getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private String startAndGetTask(String businessKey) {
        String instanceId = runtimeService.startProcessInstanceByKey("refusal-test", businessKey).getId();
        return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    }

    private ResponseEntity<String> complete(String taskId, String verdict) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        Map<String, Object> body = Map.of("variables", Map.of("verdict", Map.of("value", verdict, "type", "String")));
        return http.withBasicAuth("complaint-handler", "demo")
                .postForEntity("/engine-rest/task/" + taskId + "/complete", new HttpEntity<>(body, headers), String.class);
    }
}
