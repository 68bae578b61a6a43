package org.parceldesk.violation;

import java.util.Locale;
import org.parceldesk.workflow.CaseKeys;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Reads what a user submitted with a task, for the task listeners of {@code courier-violation}. */
final class TaskInputs {

    private TaskInputs() {
    }

    static String caseNo(DelegateTask task) {
        return CaseKeys.caseNo(task);
    }

    /**
     * Who completes or claims the task: the user the engine call runs as (Tasklist, engine REST),
     * else the assignee (Java API calls after a claim).
     */
    static String actor(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee();
    }

    /**
     * A free text field: read for the case, then removed from the process, which keeps decisions
     * only (a statement or an appeal may name people).
     */
    static String takeText(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        if (task.hasVariable(name)) {
            task.removeVariable(name);
        }
        return value == null ? null : value.toString();
    }

    /** A select field; null when absent or blank, refused when not one of the options. */
    static <E extends Enum<E>> E choice(DelegateTask task, String name, Class<E> type) {
        Object value = task.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toString().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ViolationStepRefused.invalid(name, "无效选项 not a valid option: " + value);
        }
    }

    static <E extends Enum<E>> E requiredChoice(DelegateTask task, String name, Class<E> type) {
        E value = choice(task, name, type);
        if (value == null) {
            throw ViolationStepRefused.invalid(name, "必填 is required: " + name);
        }
        return value;
    }

    /** One of two words such as APPROVED / REJECTED. */
    static boolean requiredYesNo(DelegateTask task, String name, String yes, String no) {
        Object value = task.getVariable(name);
        if (yes.equals(value)) {
            return true;
        }
        if (no.equals(value)) {
            return false;
        }
        throw ViolationStepRefused.invalid(name, name + " 须为 " + yes + " 或 " + no + " must be " + yes + " or " + no
                + ", was " + value);
    }
}
