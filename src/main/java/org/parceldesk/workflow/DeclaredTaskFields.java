package org.parceldesk.workflow;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fields a process's user tasks accept from whoever completes them: one list per task, kept
 * beside the process's other names (its constants class). Everything else a process holds is
 * written by the process itself. A task without a list accepts nothing.
 *
 * @param processKey the BPMN process id
 * @param fieldsByTask user task id → the form fields that task's completion may set
 */
public record DeclaredTaskFields(String processKey, Map<String, Set<String>> fieldsByTask) {

    public DeclaredTaskFields {
        Objects.requireNonNull(processKey, "processKey");
        fieldsByTask = Map.copyOf(fieldsByTask);
    }

    public Optional<Set<String>> fieldsOf(String taskKey) {
        return Optional.ofNullable(fieldsByTask.get(taskKey));
    }
}
