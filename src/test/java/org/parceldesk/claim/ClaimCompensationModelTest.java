package org.parceldesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.InputStream;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped model keeps the modelling rules: forms and groups on every user task, names, full diagram. */
class ClaimCompensationModelTest {

    private static BpmnModelInstance model;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream bpmn = ClaimCompensationModelTest.class.getClassLoader()
                .getResourceAsStream("processes/claim-compensation.bpmn")) {
            model = Bpmn.readModelFromStream(bpmn);
        }
    }

    @Test
    void isExecutableWithHistoryTimeToLive() {
        Process process = model.getModelElementById("claim-compensation");
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLive()).isEqualTo(1095);
    }

    @Test
    void everyUserTaskHasGroupsAndADeployedFormOfItsOwn() throws Exception {
        Collection<UserTask> tasks = model.getModelElementsByType(UserTask.class);
        assertThat(tasks).hasSize(7);
        ObjectMapper json = new ObjectMapper();
        for (UserTask task : tasks) {
            assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
            assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("latest");
            String formRef = task.getCamundaFormRef();
            JsonNode form = json.readTree(new File("forms/" + formRef + ".form"));
            assertThat(form.get("id").asText()).isEqualTo(formRef);
            assertThat(form.get("type").asText()).isEqualTo("default");
            assertThat(form.get("schemaVersion").asInt()).isEqualTo(16);
            assertThat(form.get("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        }
        assertThat(tasks.stream().filter(t -> t.getId().startsWith("Task_ApprovePayout")))
                .allSatisfy(t -> assertThat(t.getCamundaCandidateGroups()).isIn("claims-supervisor", "claims-manager"));
    }

    @Test
    void theApproversFormShowsTheBreakdownAndTheRuleCode() throws Exception {
        JsonNode form = new ObjectMapper().readTree(new File("forms/claim-compensation-approve-payout.form"));
        Set<String> keys = form.findValuesAsText("key").stream().collect(Collectors.toSet());
        assertThat(keys).contains("payoutAmount", "payoutRuleCode", "payoutBreakdown", "supervisorDecision");
    }

    @Test
    void everyElementIsNamedAndDrawn() {
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(edge -> edge.getWaypoints().size() >= 2)
                .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(shapes).as("shape of " + node.getId()).contains(node.getId());
            if (!node.getId().startsWith("Gateway_")) {
                assertThat(node.getName()).as("name of " + node.getId()).isNotBlank();
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(edges).as("edge of " + flow.getId()).contains(flow.getId());
        }
    }
}
