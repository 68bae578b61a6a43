package org.parceldesk.complaint;

import static org.parceldesk.complaint.ComplaintProcess.SYSTEM;
import static org.parceldesk.complaint.ComplaintProcess.TASK_FIELDS;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.parceldesk.workflow.EngineTasks;
import org.springframework.stereotype.Component;

/**
 * The complete listener of every complaint user task ({@code ${complaintTaskCompletion}} in
 * processes/complaint.bpmn and in every version already deployed, so the bean keeps this name):
 * reads the case, the acting user and the declared input once and hands them to the
 * {@link ComplaintCompletionStep} of the task, e.g. {@link ContactCustomerCompletion}.
 */
@Component("complaintTaskCompletion")
class ComplaintTaskCompletion implements TaskListener {

    private final ComplaintCases cases;
    private final Map<String, ComplaintCompletionStep> steps = new HashMap<>();

    ComplaintTaskCompletion(ComplaintCases cases, List<ComplaintCompletionStep> steps) {
        this.cases = cases;
        for (ComplaintCompletionStep step : steps) {
            for (String key : step.taskKeys()) {
                ComplaintCompletionStep twin = this.steps.put(key, step);
                if (twin != null) {
                    throw new IllegalStateException("Two completion steps for " + key + ": " + twin + ", " + step);
                }
            }
        }
    }

    @Override
    public void notify(DelegateTask task) {
        ComplaintCompletionStep step = steps.get(task.getTaskDefinitionKey());
        if (step == null) {
            throw new IllegalStateException("Unknown complaint task " + task.getTaskDefinitionKey());
        }
        String acting = EngineTasks.actingUser(task);
        step.complete(new ComplaintCompletionStep.CompletedTask(task, cases.of(task), acting != null ? acting : SYSTEM,
                EngineTasks.input(task, TASK_FIELDS)));
    }

    /** Whether a user task of this key is completed by a step (checked against the BPMN by a test). */
    boolean completes(String taskKey) {
        return steps.containsKey(taskKey);
    }
}
