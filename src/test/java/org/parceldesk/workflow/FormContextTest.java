package org.parceldesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

/** The shared form context: on every shipped user task, never a form input, rendered as safe text. */
class FormContextTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyShippedUserTaskGetsItsContextWhenCreated() {
        File[] models = new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"));
        assertThat(models).hasSizeGreaterThanOrEqualTo(3);
        List<String> without = new ArrayList<>();
        int tasks = 0;
        for (File file : models) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file);
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                tasks++;
                boolean listens = task.getExtensionElements() != null && task.getExtensionElements()
                        .getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
                        .anyMatch(l -> "create".equals(l.getCamundaEvent())
                                && "${formContext}".equals(l.getCamundaDelegateExpression()));
                if (!listens) {
                    without.add(file.getName() + " " + task.getId());
                }
            }
        }
        assertThat(tasks).isGreaterThanOrEqualTo(23);
        assertThat(without).as("user tasks without the ${formContext} create listener").isEmpty();
    }

    @Test
    void noFormLetsAPersonFillInAContextVariable() throws Exception {
        List<String> inputs = new ArrayList<>();
        File[] forms = new File("forms").listFiles((dir, name) -> name.endsWith(".form"));
        assertThat(forms).isNotEmpty();
        for (File form : forms) {
            collectKeys(json.readTree(Files.readString(Path.of(form.getPath()))), form.getName(), inputs);
        }
        assertThat(inputs).as("form components bound to a context variable").isEmpty();
    }

    @Test
    void valuesBecomeTextAndListsBecomeMarkdownListsWithoutLinks() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("factNote", "见 [图片](http://evil.example/x.png) <b>加粗</b>");
        context.put("factEmpty", null);
        context.put("factPhone", "138****5678");
        context.put("factFiles", List.of("a.jpg", "两行\n说明"));
        context.put("factNone", List.of());

        Map<String, Object> rendered = FormContext.rendered(context);

        assertThat(rendered).containsEntry("factNote", "见 \\[图片\\](http://evil.example/x.png) \\<b\\>加粗\\</b\\>")
                .containsEntry("factEmpty", "—")
                .containsEntry("factPhone", "138****5678")
                .containsEntry("factFiles", "- a.jpg\n- 两行\n  说明")
                .containsEntry("factNone", "—");
    }

    @Test
    void aSourceCannotWriteAVariableOutsideThePrefix() {
        assertThatThrownBy(() -> FormContext.rendered(Map.of("payoutAmount", "1.00")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("payoutAmount");
        assertThatThrownBy(() -> FormContext.rendered(Map.of("fact", "x"))).isInstanceOf(IllegalStateException.class);
    }

    private static void collectKeys(JsonNode node, String form, List<String> into) {
        for (JsonNode component : node.path("components")) {
            for (String field : List.of("key", "path")) {
                String name = component.path(field).asText("");
                if (name.startsWith(FormContext.PREFIX)) {
                    into.add(form + ":" + name);
                }
            }
            collectKeys(component, form, into);
        }
    }
}
