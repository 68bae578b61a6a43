package org.parceldesk.workflow;

import java.util.Map;

/**
 * What a case module shows on its forms: the values a person needs to decide a task, read from the
 * case when the task is created. Implemented by each case module without any engine type;
 * {@link FormContext} puts the values on the task.
 */
public interface FormContextSource {

    /** The BPMN process id whose tasks this source describes. */
    String processKey();

    /**
     * The values to show on one task, keyed by variable name. Every name starts with
     * {@link FormContext#PREFIX}; a value is a {@code String}, or a {@code List<String>} shown as a
     * bulleted list (empty: "—"). Return only what this task's people may see.
     */
    Map<String, Object> contextOf(FormTask task);

    /**
     * The task being created.
     *
     * @param caseNo the case number (the process's business key, never a variable)
     * @param taskKey the user task's BPMN id
     * @param dueAt the task's due date, or null
     */
    record FormTask(String caseNo, String taskKey, java.time.Instant dueAt) {
    }
}
