package org.parceldesk.complaint;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.parceldesk.workflow.TaskInput;

/**
 * What completing one complaint user task does: check the submitted decisions (the form validates
 * too, but engine REST callers bypass forms) and record them on the case and its timeline. A problem
 * refuses the completion with {@link org.parceldesk.common.StepRefused}, so the task stays open.
 * {@link ComplaintTaskCompletion} hands each task to the step that names its key.
 */
interface ComplaintCompletionStep {

    /** The BPMN ids of the user tasks this step completes. */
    Set<String> taskKeys();

    void complete(CompletedTask done);

    /** The task being completed, its case, who completes it and the task's declared input. */
    record CompletedTask(DelegateTask task, Complaint complaint, String actor, TaskInput input) {
    }
}
