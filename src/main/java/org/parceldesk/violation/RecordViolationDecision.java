package org.parceldesk.violation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.parceldesk.workflow.CaseKeys;
import org.parceldesk.workflow.EngineTasks;
import org.parceldesk.workflow.TaskInput;
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
        TaskInput input = EngineTasks.input(task, CourierViolationProcess.TASK_FIELDS);
        ViolationDecision decision = input.requiredChoice(CourierViolationProcess.DECISION, ViolationDecision.class);
        Severity severity = input.choice(CourierViolationProcess.SEVERITY, Severity.class);
        String reason = input.text(CourierViolationProcess.DECISION_REASON);
        EngineTasks.forget(task, CourierViolationProcess.DECISION_REASON);
        cases.decide(CaseKeys.caseNo(task), decision, severity, reason, EngineTasks.actingUser(task));
    }
}
