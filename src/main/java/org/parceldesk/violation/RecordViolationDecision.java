package org.parceldesk.violation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Review and decide} completed: upheld with a severity, or cleared; the decider is recorded for four eyes. */
@Component("recordViolationDecision")
class RecordViolationDecision implements TaskListener {

    private final ViolationCases cases;

    RecordViolationDecision(ViolationCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        ViolationDecision decision = TaskInputs.requiredChoice(task, CourierViolationProcess.DECISION, ViolationDecision.class);
        Severity severity = TaskInputs.choice(task, CourierViolationProcess.SEVERITY, Severity.class);
        cases.decide(TaskInputs.caseNo(task), decision, severity,
                TaskInputs.takeText(task, CourierViolationProcess.DECISION_REASON), TaskInputs.actor(task));
    }
}
