package org.parceldesk.workbench;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/** The user tasks of the case processes' latest versions, for the task filter: read from the deployed models. */
@Component
class TaskCatalog {

    record Step(String processKey, String key, String name) {
    }

    private final RepositoryService repository;

    TaskCatalog(RepositoryService repository) {
        this.repository = repository;
    }

    List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        for (CaseProcess process : CaseProcess.values()) {
            ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(process.key)
                    .latestVersion().singleResult();
            if (latest == null) {
                continue;
            }
            for (UserTask task : repository.getBpmnModelInstance(latest.getId()).getModelElementsByType(UserTask.class)) {
                steps.add(new Step(process.key, task.getId(), task.getName()));
            }
        }
        return steps;
    }
}
