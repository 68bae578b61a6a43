package org.parceldesk.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses to start while routing names a group that does not exist, listing every such name with
 * where it is named: configuration ({@link RoutedGroups} beans: SLA recipients, complaint routing,
 * calendar reminders), literal {@code candidateGroups} of user tasks in the deployed process models
 * (latest versions), and decision-table outputs named {@code …Group} or {@code …Groups} (e.g.
 * {@code approverGroups} of {@code claim-approval-authority}). Expressions (${…}) are computed at
 * run time and not checked here. Runs after {@link StaffAccessSetup} has created the standard groups.
 */
@Component
class RoutingGroupsCheck {

    private static final Logger log = LoggerFactory.getLogger(RoutingGroupsCheck.class);

    private final List<RoutedGroups> configuration;
    private final RepositoryService repository;
    private final StaffDirectory staff;

    RoutingGroupsCheck(List<RoutedGroups> configuration, RepositoryService repository, StaffDirectory staff) {
        this.configuration = configuration;
        this.repository = repository;
        this.staff = staff;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void checkAtStartup() {
        Map<String, Collection<String>> missing = missingGroups();
        if (!missing.isEmpty()) {
            List<String> lines = new ArrayList<>();
            missing.forEach((group, where) -> lines.add(group + " (named in " + String.join(", ", where) + ")"));
            throw new IllegalStateException("Routing names groups that do not exist, so their tasks and messages would"
                    + " reach nobody: " + String.join("; ", lines)
                    + ". Create the groups in Camunda Admin or correct the configuration or model.");
        }
        log.info("Routing check: every group named in configuration, process models and decision tables exists");
    }

    /** Group id → where it is named, for every group that does not exist. */
    Map<String, Collection<String>> missingGroups() {
        Map<String, Collection<String>> named = new TreeMap<>();
        for (RoutedGroups source : configuration) {
            source.routedGroups().forEach((key, groups) -> groups.forEach(group -> add(named, group, key)));
        }
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String groups = task.getCamundaCandidateGroups();
                if (groups != null && !groups.contains("${") && !groups.contains("#{")) {
                    for (String group : groups.split(",")) {
                        add(named, group, definition.getKey() + ".bpmn " + task.getId() + " candidateGroups");
                    }
                }
            }
        }
        for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().latestVersion().list()) {
            DmnModelInstance model = repository.getDmnModelInstance(definition.getId());
            for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
                List<Output> outputs = new ArrayList<>(table.getOutputs());
                for (Rule rule : table.getRules()) {
                    List<OutputEntry> entries = new ArrayList<>(rule.getOutputEntries());
                    for (int i = 0; i < outputs.size() && i < entries.size(); i++) {
                        String name = outputs.get(i).getName();
                        if (name != null && (name.endsWith("Group") || name.endsWith("Groups"))) {
                            String text = entries.get(i).getTextContent().strip();
                            if (text.startsWith("\"") && text.endsWith("\"") && text.length() >= 2) {
                                for (String group : text.substring(1, text.length() - 1).split(",")) {
                                    add(named, group, definition.getKey() + ".dmn " + rule.getId() + " " + name);
                                }
                            }
                        }
                    }
                }
            }
        }
        Map<String, Collection<String>> missing = new TreeMap<>();
        named.forEach((group, where) -> {
            if (!staff.groupExists(group)) {
                missing.put(group, where);
            }
        });
        return missing;
    }

    private static void add(Map<String, Collection<String>> named, String group, String where) {
        if (group == null || group.isBlank()) {
            return;
        }
        named.computeIfAbsent(group.strip(), g -> new TreeSet<>()).add(where);
    }
}
