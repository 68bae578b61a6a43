package org.parceldesk.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Which case a process step works on: the process instance's business key, which only the
 * application sets (when it starts the case's process). Never a variable: a client completing a
 * task can write variables, so a variable could point a step at another case.
 */
public final class CaseKeys {

    private CaseKeys() {
    }

    public static String caseNo(VariableScope scope) {
        String businessKey;
        if (scope instanceof DelegateTask task) {
            businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        } else if (scope instanceof DelegateExecution execution) {
            businessKey = execution.getProcessBusinessKey();
        } else {
            throw new IllegalArgumentException("not a process scope: " + scope.getClass());
        }
        if (businessKey == null || businessKey.isBlank()) {
            throw new IllegalStateException("The process instance has no business key (case number)");
        }
        return businessKey;
    }
}
