package org.parceldesk.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The service task after an SLA's warning or breach timer, as the bean {@code slaEscalation}:
 * {@code camunda:delegateExpression="${slaEscalation}"} with the input parameters {@code sla} (the
 * SLA name) and {@code level} ({@code WARNING} or {@code BREACH}). It records the event once per
 * case, SLA and level and notifies the groups configured for it (see {@link SlaEscalations}).
 *
 * <p>It sets the local variable {@code slaEscalated}: true only if this run recorded the event.
 * Map it with an output parameter to route to a supervisor task only once, even when the timer
 * fires again after its scope was re-entered.
 *
 * <p>A user task that only has a due date (escalation, review and approval tasks) warns and breaches
 * through two <em>timeout task listeners</em> on the task itself, timed like the boundary timers:
 * {@code <camunda:taskListener event="timeout" expression="${slaEscalation.taskTimeout(task, 'claim-assessment', 'WARNING')}">}
 * with the timer date {@code ${slaClocks.warningDate(execution, 'claim-assessment')}}. Same clock, same
 * once-only event and outbox messages; the timers go with the task when it is completed.
 */
@Component("slaEscalation")
public class SlaEscalation implements JavaDelegate {

    public static final String SLA = "sla";
    public static final String LEVEL = "level";
    public static final String ESCALATED = "slaEscalated";

    private final SlaEscalations escalations;

    SlaEscalation(SlaEscalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String sla = input(execution, SLA);
        SlaLevel level = SlaLevel.parse(input(execution, LEVEL));
        SlaEscalations.Outcome outcome = escalations.escalate(SlaClocks.caseNo(execution), sla, level);
        execution.setVariableLocal(ESCALATED, outcome == SlaEscalations.Outcome.RECORDED);
    }

    /** A timeout listener of a user task: records the warning or breach of the task's SLA. */
    public void taskTimeout(DelegateTask task, String sla, String level) {
        escalations.escalate(SlaClocks.caseNo(task.getExecution()), sla, SlaLevel.parse(level));
    }

    private static String input(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("Activity " + execution.getCurrentActivityId()
                    + " calls ${slaEscalation} without the input parameter '" + name + "'");
        }
        return value.toString();
    }
}
