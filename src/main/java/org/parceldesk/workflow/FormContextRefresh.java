package org.parceldesk.workflow;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Reads the form context of a case's open tasks again, for the rare change that reaches a case
 * while its task stays open (evidence uploaded by the customer during Collect evidence). Every
 * other change completes a task, and the next task reads the context when it is created.
 * Called by case modules; runs in the caller's transaction.
 */
@Component
public class FormContextRefresh {

    private final FormContext context;
    private final TaskService tasks;
    private final RepositoryService repository;

    FormContextRefresh(FormContext context, TaskService tasks, RepositoryService repository) {
        this.context = context;
        this.tasks = tasks;
        this.repository = repository;
    }

    public void refresh(String caseNo) {
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseNo).active().list()) {
            String processKey = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
            context.valuesOf(processKey, new FormContextSource.FormTask(caseNo, task.getTaskDefinitionKey(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant()))
                    .ifPresent(values -> tasks.setVariablesLocal(task.getId(), values));
        }
    }
}
