package parceldesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;

/**
 * The baselines keep the shape of ParcelDesk's models (same flow nodes, same flows) and call no
 * ParcelDesk bean: a model change the derivation does not cover fails here, not halfway through a
 * benchmark run.
 */
class BaselineModelTest {

    /** Any expression naming a bean, e.g. ${claimStatus.enter(...)} or ${formContext}: only the no-op may remain. */
    private static final Pattern BEAN_CALL = Pattern.compile("\\$\\{!?\\s*([A-Za-z]+)[.}(]");

    @Test
    void claimBaselineKeepsEveryNodeAndFlowAndCallsOnlyTheNoOp() throws Exception {
        BpmnModelInstance original = read(resource("/processes/claim-compensation.bpmn"));
        String xml = BaselineModel.fromClaimModel();
        BpmnModelInstance baseline = read(xml);

        assertThat(ids(baseline, FlowNode.class)).containsExactlyInAnyOrderElementsOf(ids(original, FlowNode.class));
        assertThat(ids(baseline, SequenceFlow.class)).containsExactlyInAnyOrderElementsOf(ids(original, SequenceFlow.class));
        assertThat(xml).contains("<process id=\"" + BaselineModel.CLAIM_KEY + "\"")
                .contains("camunda:decisionRef=\"claim-approval-authority\"")
                .contains("camunda:asyncBefore=\"true\"");
        assertThat(beansCalled(xml)).isSubsetOf(List.of("benchNoOp", "decisionResult",
                // gateway conditions on process variables, which the baseline's start sets
                "claimWindowOpen", "approvalLevel", "supervisorDecision", "managerDecision", "customerDecision",
                "disputeToSupervisor", "disputeResolution", "claimOutcome", "insuranceRecovery"));
    }

    @Test
    void complaintBaselineKeepsEveryNodeAndFlow() throws Exception {
        BpmnModelInstance original = read(resource("/processes/complaint.bpmn"));
        BpmnModelInstance baseline = read(BaselineModel.fromComplaintModel());

        assertThat(ids(baseline, FlowNode.class)).containsExactlyInAnyOrderElementsOf(ids(original, FlowNode.class));
        assertThat(ids(baseline, SequenceFlow.class)).containsExactlyInAnyOrderElementsOf(ids(original, SequenceFlow.class));
    }

    private static List<String> beansCalled(String xml) {
        Matcher matcher = BEAN_CALL.matcher(xml);
        java.util.Set<String> names = new java.util.TreeSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return List.copyOf(names);
    }

    private static <T extends org.camunda.bpm.model.bpmn.instance.BaseElement> List<String> ids(BpmnModelInstance model,
            Class<T> type) {
        return model.getModelElementsByType(type).stream().map(org.camunda.bpm.model.bpmn.instance.BaseElement::getId).toList();
    }

    private static BpmnModelInstance read(String xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String resource(String name) throws java.io.IOException {
        try (var in = BaselineModelTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
