package org.parceldesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The declared fields of every shipped user task are exactly the fields its form lets a person fill
 * in; what a form only shows is disabled (form-js does not submit disabled fields, but it does submit
 * read-only ones, which the task would then refuse); the form context is shown in {@code text}
 * components, which have no key and submit nothing. No declared field is one the process writes.
 */
@ParcelDeskTest
class DeclaredTaskFieldsTest {

    /** Names the processes write themselves; a task that accepted one would let a client route the case. */
    private static final Set<String> ENGINE_OWNED = Set.of("caseNo", "approvalLevel", "dmnApprovalLevel", "handlerGroups",
            "needsSupervisorApproval", "penaltyMeasure", "penaltyFineAmount", "penaltySuspensionDays", "penaltyPoints",
            "payout", "payoutAmount", "payoutRuleCode", "payoutBreakdown", "firstContactSla", "resolutionSla",
            "priority", "taskPriority", "stationCode", "claimCaseNo", "violationCaseNo", "customerInfoSource",
            "satisfactionSource", "confirmationChannel", "disputeRound", "claimOrigin");

    @Autowired
    List<DeclaredTaskFields> declarations;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyShippedTaskDeclaresExactlyItsFormsInputs() throws Exception {
        Map<String, DeclaredTaskFields> byProcess = declarations.stream()
                .collect(Collectors.toMap(DeclaredTaskFields::processKey, d -> d, (a, b) -> a));
        int checked = 0;
        File[] models = new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"));
        assertThat(models).isNotEmpty();
        for (File file : models) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file);
            for (Process process : model.getModelElementsByType(Process.class)) {
                DeclaredTaskFields declared = byProcess.get(process.getId());
                for (UserTask task : process.getChildElementsByType(UserTask.class)) {
                    checkTask(process, task, declared);
                    checked++;
                }
                for (org.camunda.bpm.model.bpmn.instance.SubProcess sub : process.getChildElementsByType(
                        org.camunda.bpm.model.bpmn.instance.SubProcess.class)) {
                    for (UserTask task : sub.getChildElementsByType(UserTask.class)) {
                        checkTask(process, task, declared);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("user tasks checked").isGreaterThanOrEqualTo(23);
    }

    private void checkTask(Process process, UserTask task, DeclaredTaskFields declared) throws Exception {
        assertThat(declared).as("declared fields of process " + process.getId()).isNotNull();
        String formRef = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
        Set<String> inputs = new TreeSet<>();
        Set<String> readOnly = new TreeSet<>();
        collect(json.readTree(Files.readString(Path.of("forms", formRef + ".form"))), inputs, readOnly);
        assertThat(readOnly).as(formRef + ": shown fields must be disabled, not read-only").isEmpty();
        Set<String> fields = declared.fieldsOf(task.getId()).orElse(Set.of());
        assertThat(new TreeSet<>(fields)).as(process.getId() + " " + task.getId() + " declared vs form " + formRef)
                .isEqualTo(inputs);
        assertThat(fields).as(task.getId() + " accepts a form context variable (shown, never submitted)")
                .noneMatch(field -> field.startsWith(FormContext.PREFIX));
        Set<String> owned = new HashSet<>(fields);
        owned.retainAll(ENGINE_OWNED);
        assertThat(owned).as(task.getId() + " accepts a name the process writes").isEmpty();
    }

    private static void collect(JsonNode node, Set<String> inputs, Set<String> readOnly) {
        for (JsonNode component : node.path("components")) {
            if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
                (component.path("readonly").asBoolean(false) ? readOnly : inputs).add(component.get("key").asText());
            }
            collect(component, inputs, readOnly);
        }
    }
}
