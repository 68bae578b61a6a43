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

    /**
     * An SLA with recipients that no model escalates would never tell anyone: every SLA with
     * {@code notify-warning}/{@code notify-breach} is escalated at that level by a shipped model, through a
     * boundary timer's {@code ${slaEscalation}} task or a task's timeout listener
     * {@code ${slaEscalation.taskTimeout(task, 'name', 'LEVEL')}}. SLAs a model names only through a
     * variable ({@code ${resolutionSla}}: complaint first contact and resolution) are chosen per case and
     * escalated by the variable's boundary timers; they are left to the process tests.
     */
    @Test
    void everySlaWithRecipientsIsEscalatedByAShippedModelAtThatLevel() throws IOException {
        StringBuilder models = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                models.append(Files.readString(file).replace("&#x27;", "'").replace("&#39;", "'"));
            }
        }
        String all = models.toString().replaceAll("\\s+", " ");
        List<String> problems = new ArrayList<>();
        slaDefinitions().forEach((name, value) -> {
            Map<?, ?> definition = (Map<?, ?>) value;
            if (!all.contains("'" + name + "'") && !all.contains(">" + name + "<")) {
                return;
            }
            for (String level : List.of("WARNING", "BREACH")) {
                Object recipients = definition.get("notify-" + level.toLowerCase());
                if (recipients == null || ((List<?>) recipients).isEmpty()) {
                    continue;
                }
                boolean timeout = all.contains("slaEscalation.taskTimeout(task, '" + name + "', '" + level + "')");
                boolean boundary = Pattern.compile("<camunda:inputParameter name=\"sla\">" + Pattern.quote(name.toString())
                        + "</camunda:inputParameter> ?<camunda:inputParameter name=\"level\">" + level + "<").matcher(all).find();
                if (!timeout && !boundary) {
                    problems.add(name + " has notify-" + level.toLowerCase() + " but no model escalates it at " + level);
                }
            }
        });
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
