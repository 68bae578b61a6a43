package org.parceldesk.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every human task of every shipped model has a due date from a named SLA
 * ({@code camunda:dueDate="${slaClocks.dueDate(execution, 'name')}"}), and every SLA named that way
 * is defined in application.yaml. A new task without one fails the build.
 */
class UserTaskDueDatesTest {

    private static final Pattern NAMED_SLA = Pattern.compile("slaClocks\\.dueDate\\(execution,\\s*'([^']+)'\\)");
    private static final Pattern SLA_VARIABLE = Pattern.compile("slaClocks\\.dueDate\\(execution,\\s*([A-Za-z]\\w*)\\)");

    @Test
    void everyUserTaskOfEveryShippedModelHasADueDateFromADefinedSla() throws IOException {
        Map<?, ?> definitions = slaDefinitions();
        List<String> problems = new ArrayList<>();
        int tasks = 0;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model;
                try (InputStream in = Files.newInputStream(file)) {
                    model = Bpmn.readModelFromStream(in);
                }
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    tasks++;
                    String where = file.getFileName() + " " + task.getId();
                    String dueDate = task.getCamundaDueDate();
                    if (dueDate == null || dueDate.isBlank()) {
                        problems.add(where + " has no camunda:dueDate");
                        continue;
                    }
                    Matcher named = NAMED_SLA.matcher(dueDate);
                    if (named.find()) {
                        if (!definitions.containsKey(named.group(1))) {
                            problems.add(where + " names SLA '" + named.group(1) + "', not defined in application.yaml");
                        }
                    } else if (!SLA_VARIABLE.matcher(dueDate).find()) {
                        problems.add(where + " takes its due date from something other than an SLA clock: " + dueDate);
                    }
                }
            }
        }
        assertThat(tasks).as("user tasks found in processes/*.bpmn").isGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    private static Map<?, ?> slaDefinitions() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.yaml"))) {
            Map<?, ?> root = new Yaml().load(in);
            Map<?, ?> parceldesk = (Map<?, ?>) root.get("parceldesk");
            Map<?, ?> sla = (Map<?, ?>) parceldesk.get("sla");
            return (Map<?, ?>) sla.get("definitions");
        }
    }
}
