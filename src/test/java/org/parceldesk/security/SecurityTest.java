package org.parceldesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@ParcelDeskTest
class SecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @AfterEach
    void clearEngineUser() {
        identityService.clearAuthentication();
    }

    @Test
    void apiWithoutCredentialsIs401ProblemWithBasicChallenge() throws Exception {
        mvc.perform(get("/api/v1/shipments"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"ParcelDesk\""))
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    @Test
    void wrongPasswordIs401() throws Exception {
        mvc.perform(get("/api/v1/shipments").with(httpBasic("complaint-handler", "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void demoUserAuthenticatesAgainstTheIdentityService() throws Exception {
        mvc.perform(get("/api/v1/shipments").with(httpBasic("complaint-handler", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void importIsForAdminsOnly() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "s.csv", "text/csv",
                "code,name,city,managerUserId,handlerGroup,franchise\nX1,a,b,,complaint-handler,false\n".getBytes());
        mvc.perform(multipart("/api/v1/imports/stations").file(file).with(httpBasic("complaint-handler", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("禁止访问"));
    }

    @Test
    void engineRestNeedsCredentialsAndDeployingNeedsADesigner() throws Exception {
        mvc.perform(get("/engine-rest/task")).andExpect(status().isUnauthorized());
        mvc.perform(post("/engine-rest/deployment/create").with(httpBasic("complaint-handler", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(post("/engine-rest/deployment/create").with(httpBasic("courier", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/engine-rest/engine/default/deployment/create").with(httpBasic("complaint-handler", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void staffPagesRedirectToFormLogin() throws Exception {
        mvc.perform(get("/console")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void publicApiNeedsNoLogin() throws Exception {
        // nothing is mapped here yet in this test: the point is 404, not 401
        mvc.perform(get("/api/public/no-such-thing")).andExpect(status().isNotFound());
    }

    @Test
    void aUserSeesOnlyTheTasksOfTheirGroups() {
        repositoryService.createDeployment().name("visibility-test")
                .addClasspathResource("foundation/visibility-test.bpmn")
                .addClasspathResource("foundation/visibility-test.form").deploy();
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("visibility-test", "TEST-VISIBILITY");
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

        identityService.setAuthentication("courier", List.of("courier"));
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).list()).isEmpty();
        assertThatThrownBy(() -> taskService.complete(task.getId())).isInstanceOf(AuthorizationException.class);

        identityService.setAuthentication("admin", List.of("admin"));
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count())
                .as("members of the admin group are Camunda administrators").isEqualTo(1);

        identityService.setAuthentication("complaint-handler", List.of("complaint-handler"));
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).list())
                .extracting(Task::getId).containsExactly(task.getId());
        taskService.complete(task.getId());
        identityService.clearAuthentication();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    }
}
