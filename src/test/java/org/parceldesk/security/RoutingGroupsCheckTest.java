package org.parceldesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.parceldesk.ParcelDeskApplication;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Routing that cannot strand a case: a group named in configuration or in a model that nobody can
 * be in stops the application at start-up, with the name and where it is named.
 */
@ParcelDeskTest
class RoutingGroupsCheckTest {

    @Autowired
    RoutingGroupsCheck check;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void theShippedConfigurationAndModelsNameOnlyExistingGroups() {
        assertThat(check.missingGroups()).isEmpty();
    }

    @Test
    void aModelOfferingATaskToAnUnknownGroupIsReportedWithTheTask() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("routing-check-test").camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Orphan").camundaFormKey("routing-check").camundaCandidateGroups("complaint-handler, ghost-team")
                .endEvent().done();
        Deployment deployment = repositoryService.createDeployment().name("routing-check-test")
                .addModelInstance("routing-check-test.bpmn", model).deploy();
        try {
            assertThat(check.missingGroups()).containsOnlyKeys("ghost-team")
                    .hasEntrySatisfying("ghost-team", where -> assertThat(where)
                            .containsExactly("routing-check-test.bpmn Task_Orphan candidateGroups"));
        } finally {
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void aConfigurationNamingAnUnknownGroupStopsTheApplicationWithThatName() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(ParcelDeskApplication.class)
                .profiles("test");
        // command-line arguments, as an operator would override application.yaml
        String[] arguments = {
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:routing-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--parceldesk.sla.definitions.complaint-resolution.notify-breach=complaint-supervisor,no-such-escalation-team",
                "--parceldesk.complaint.category-groups.DAMAGE=damage-desk-typo"};

        assertThatThrownBy(() -> application.run(arguments))
                .hasStackTraceContaining("no-such-escalation-team")
                .hasStackTraceContaining("parceldesk.sla.definitions.complaint-resolution.notify-breach")
                .hasStackTraceContaining("damage-desk-typo")
                .hasStackTraceContaining("parceldesk.complaint.category-groups.DAMAGE");
    }
}
