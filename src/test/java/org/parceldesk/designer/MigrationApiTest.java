package org.parceldesk.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The admin migration API on real model changes: a task added, a task renamed. */
@ParcelDeskTest
class MigrationApiTest {

    private static final String BASE = "/api/v1/admin/migrations";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    MigrationFixture fixture;

    @BeforeEach
    void newProcessKey() {
        fixture = new MigrationFixture(repository, runtime, tasks, management);
    }

    @Test
    void aTaskAddedMovesEveryRunningInstanceAndNewCasesStartOnTheNewVersion() throws Exception {
        ProcessDefinition v1 = fixture.deploy("migration-v1.bpmn");
        ProcessInstance waitingToReceive = fixture.start("TS-A");
        ProcessInstance waitingToResolve = fixture.start("TS-B");
        fixture.complete(waitingToResolve, "Task_Receive");
        ProcessDefinition v2 = fixture.deploy("migration-v2-task-added.bpmn");

        assertThat(fixture.definitionOf(waitingToReceive)).as("running cases stay on their version").isEqualTo(v1.getId());
        assertThat(fixture.definitionOf(fixture.start("TS-NEW"))).isEqualTo(v2.getId());

        call("/plan", Map.of("processDefinitionKey", fixture.key))
                .andExpect(jsonPath("$.target.id").value(v2.getId()))
                .andExpect(jsonPath("$.plans.length()").value(1))
                .andExpect(jsonPath("$.plans[0].source.id").value(v1.getId()))
                .andExpect(jsonPath("$.plans[0].source.runningInstances").value(2))
                .andExpect(jsonPath("$.plans[0].valid").value(true))
                .andExpect(jsonPath("$.plans[0].instructions[?(@.sourceActivityId=='Task_Resolve')].targetActivityId")
                        .value(Matchers.contains("Task_Resolve")))
                .andExpect(jsonPath("$.plans[0].unmapped[?(@.waitingInstances > 0)]").isEmpty());

        call("/dry-run", Map.of("processDefinitionKey", fixture.key))
                .andExpect(jsonPath("$.movableCount").value(2))
                .andExpect(jsonPath("$.blockedCount").value(0));
        assertThat(fixture.definitionOf(waitingToReceive)).as("a dry run changes nothing").isEqualTo(v1.getId());

        String batchId = JsonPath.read(call("/execute", Map.of("processDefinitionKey", fixture.key))
                .andExpect(jsonPath("$.batches[0].instances").value(2))
                .andReturn().getResponse().getContentAsString(), "$.batches[0].batchId");
        batch(batchId).andExpect(jsonPath("$.finished").value(false)).andExpect(jsonPath("$.totalJobs").value(2));

        fixture.runBatch(batchId);

        batch(batchId).andExpect(jsonPath("$.finished").value(true)).andExpect(jsonPath("$.endTime").exists());
        assertThat(fixture.definitionOf(waitingToReceive)).isEqualTo(v2.getId());
        assertThat(fixture.definitionOf(waitingToResolve)).isEqualTo(v2.getId());
        assertThat(fixture.activitiesOf(waitingToResolve)).containsExactly("Task_Resolve");
        fixture.complete(waitingToReceive, "Task_Receive");
        assertThat(fixture.activitiesOf(waitingToReceive)).as("the migrated case takes the new path")
                .containsExactly("Task_Check");
    }

    @Test
    void aRenamedTaskBlocksItsInstancesUntilItIsMapped() throws Exception {
        ProcessDefinition v2 = fixture.deploy("migration-v2-task-added.bpmn");
        ProcessInstance atReceive = fixture.start("TS-C");
        ProcessInstance atResolve = fixture.start("TS-D");
        fixture.complete(atResolve, "Task_Receive");
        fixture.complete(atResolve, "Task_Check");
        ProcessDefinition v3 = fixture.deploy("migration-v3-task-renamed.bpmn");
        Map<String, Object> versions = Map.of("sourceDefinitionId", v2.getId(), "targetDefinitionId", v3.getId());

        call("/plan", versions)
                .andExpect(jsonPath("$.plans[0].unmapped[0].activityId").value("Task_Resolve"))
                .andExpect(jsonPath("$.plans[0].unmapped[0].waitingInstances").value(1));
        call("/dry-run", versions)
                .andExpect(jsonPath("$.sources[0].movable[*].processInstanceId").value(Matchers.contains(atReceive.getId())))
                .andExpect(jsonPath("$.sources[0].blocked[0].processInstanceId").value(atResolve.getId()))
                .andExpect(jsonPath("$.sources[0].blocked[0].businessKey").value("TS-D"))
                .andExpect(jsonPath("$.sources[0].blocked[0].activityIds[0]").value("Task_Resolve"))
                .andExpect(jsonPath("$.sources[0].blocked[0].reasons[0]").value(Matchers.allOf(
                        Matchers.containsString("Task_Resolve"), Matchers.containsString("no migration instruction"))));

        Map<String, Object> mapped = Map.of("sourceDefinitionId", v2.getId(), "targetDefinitionId", v3.getId(),
                "mappings", List.of(Map.of("sourceActivityId", "Task_Resolve", "targetActivityId", "Task_Settle")));
        call("/dry-run", mapped).andExpect(jsonPath("$.movableCount").value(2));
        String batchId = JsonPath.read(call("/execute", mapped).andReturn().getResponse().getContentAsString(),
                "$.batches[0].batchId");
        fixture.runBatch(batchId);

        assertThat(fixture.definitionOf(atResolve)).isEqualTo(v3.getId());
        assertThat(fixture.activitiesOf(atResolve)).containsExactly("Task_Settle");
        assertThat(fixture.activitiesOf(atReceive)).containsExactly("Task_Receive");
    }

    @Test
    void executeMovesTheMovableAndLeavesTheBlockedOnTheirVersion() throws Exception {
        ProcessDefinition v2 = fixture.deploy("migration-v2-task-added.bpmn");
        ProcessInstance atReceive = fixture.start("TS-E");
        ProcessInstance atResolve = fixture.start("TS-F");
        fixture.complete(atResolve, "Task_Receive");
        fixture.complete(atResolve, "Task_Check");
        ProcessDefinition v3 = fixture.deploy("migration-v3-task-renamed.bpmn");

        String response = call("/execute", Map.of("processDefinitionKey", fixture.key))
                .andExpect(jsonPath("$.batches[0].instances").value(1))
                .andExpect(jsonPath("$.batches[0].skipped[0].processInstanceId").value(atResolve.getId()))
                .andReturn().getResponse().getContentAsString();
        fixture.runBatch(JsonPath.read(response, "$.batches[0].batchId"));

        assertThat(fixture.definitionOf(atReceive)).isEqualTo(v3.getId());
        assertThat(fixture.definitionOf(atResolve)).isEqualTo(v2.getId());
    }

    @Test
    void aChangedDeadlineReachesRunningCasesOnlyWhenEventTriggersAreUpdated() throws Exception {
        Instant started = Instant.parse("2026-03-02T02:00:00Z");
        EngineClock.setNow(started);
        ProcessDefinition v1 = fixture.deploy("migration-timer-v1.bpmn");
        ProcessInstance keptDeadline = fixture.start("TS-T1");
        ProcessInstance newDeadline = fixture.start("TS-T2");
        fixture.deploy("migration-timer-v2.bpmn");
        Instant migrated = started.plus(Duration.ofMinutes(30));
        EngineClock.setNow(migrated);

        migrate(Map.of("sourceDefinitionId", v1.getId(), "processInstanceIds", List.of(keptDeadline.getId())));
        migrate(Map.of("sourceDefinitionId", v1.getId(), "processInstanceIds", List.of(newDeadline.getId()),
                "updateEventTriggers", true));

        assertThat(timerDue(keptDeadline)).as("the timer of v1 keeps its date").isEqualTo(started.plus(Duration.ofHours(1)));
        assertThat(timerDue(newDeadline)).as("the timer is created again from v2 at migration")
                .isEqualTo(migrated.plus(Duration.ofHours(8)));
    }

    @Test
    void aMappingToAnActivityThatDoesNotExistMakesThePlanInvalid() throws Exception {
        ProcessDefinition v1 = fixture.deploy("migration-v1.bpmn");
        fixture.start("TS-G");
        ProcessDefinition v2 = fixture.deploy("migration-v2-task-added.bpmn");
        Map<String, Object> request = Map.of("sourceDefinitionId", v1.getId(), "targetDefinitionId", v2.getId(),
                "mappings", List.of(Map.of("sourceActivityId", "Task_Resolve", "targetActivityId", "Task_Nowhere")));

        call("/plan", request)
                .andExpect(jsonPath("$.plans[0].valid").value(false))
                .andExpect(jsonPath("$.plans[0].planProblems[0]").value(Matchers.containsString("Task_Nowhere")));
        mvc.perform(post(BASE + "/execute").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(request)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("mappings"));
    }

    @Test
    void requestsThatNameNothingAreRefused() throws Exception {
        mvc.perform(post(BASE + "/plan").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("processDefinitionKey"));
        mvc.perform(post(BASE + "/dry-run").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sourceDefinitionId\":\"nope:1:x\"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get(BASE + "/batches/no-such-batch").with(admin())).andExpect(status().isNotFound());
    }

    /** The refusals speak the reader's language: Chinese by default, English for {@code Accept-Language: en}. */
    @Test
    void refusalsAreChineseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(post(BASE + "/plan").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("请提供 processDefinitionKey 或 sourceDefinitionId"));
        mvc.perform(post(BASE + "/plan").with(admin()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("give processDefinitionKey or sourceDefinitionId"));
        mvc.perform(post(BASE + "/dry-run").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sourceDefinitionId\":\"nope:1:x\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("sourceDefinitionId"))
                .andExpect(jsonPath("$.errors[0].message").value("流程定义 nope:1:x 不存在"));
        mvc.perform(get(BASE + "/batches/no-such-batch").with(admin())).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("批处理 no-such-batch 不存在"));
        mvc.perform(get(BASE + "/batches/no-such-batch").with(admin()).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Batch no-such-batch does not exist"));
    }

    @Test
    void onlyDesignersAndAdministratorsMigrate() throws Exception {
        for (String user : List.of("complaint-handler", "claims-manager", "courier")) {
            mvc.perform(post(BASE + "/dry-run").with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"processDefinitionKey\":\"x\"}"))
                    .andExpect(status().isForbidden());
        }
        // a designer gets past the door: the unknown process key is the only objection
        mvc.perform(post(BASE + "/dry-run").with(httpBasic("process-designer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"processDefinitionKey\":\"x\"}"))
                .andExpect(status().isNotFound());
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    private void migrate(Map<String, Object> request) throws Exception {
        String response = call("/execute", request).andExpect(jsonPath("$.batches[0].instances").value(1))
                .andReturn().getResponse().getContentAsString();
        fixture.runBatch(JsonPath.read(response, "$.batches[0].batchId"));
    }

    private Instant timerDue(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult()
                .getDuedate().toInstant();
    }

    private ResultActions call(String path, Map<String, Object> body) throws Exception {
        return mvc.perform(post(BASE + path).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isOk());
    }

    private ResultActions batch(String batchId) throws Exception {
        return mvc.perform(get(BASE + "/batches/" + batchId).with(admin())).andExpect(status().isOk());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", "demo");
    }
}
