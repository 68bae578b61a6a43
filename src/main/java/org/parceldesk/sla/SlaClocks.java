package org.parceldesk.sla;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * SLA clocks for process models, as the bean {@code slaClocks}. The case is the process instance's
 * business key (the case number). Examples:
 * <pre>
 * timeDate  ${slaClocks.dueDate(execution, 'complaint-resolution')}
 * timeDate  ${slaClocks.warningDate(execution, 'complaint-resolution')}
 * listener  ${slaClocks.pause(execution, 'complaint-resolution')}   (in a task listener: task.execution)
 * </pre>
 * Every method fails the step with {@link UnknownSlaException} for an SLA name that is not
 * configured, and with {@link IllegalStateException} when the process instance has no business key.
 * See {@code docs/sla.md}.
 */
@Component("slaClocks")
public class SlaClocks {

    private static final Logger log = LoggerFactory.getLogger(SlaClocks.class);

    private final SlaClockService clocks;

    SlaClocks(SlaClockService clocks) {
        this.clocks = clocks;
    }

    /** The SLA's due time, for a timer; starts the clock if this is its first use. */
    public Date dueDate(DelegateExecution execution, String sla) {
        SlaClock clock = clocks.start(caseNo(execution), sla);
        warnIfPaused(clock, execution);
        return Date.from(clock.getDueAt());
    }

    /** The SLA's warning time, for a timer; starts the clock if this is its first use. */
    public Date warningDate(DelegateExecution execution, String sla) {
        SlaClock clock = clocks.start(caseNo(execution), sla);
        warnIfPaused(clock, execution);
        return Date.from(clock.getWarningAt());
    }

    /** Starts the clock now; a clock already started is left as it is. */
    public void start(DelegateExecution execution, String sla) {
        clocks.start(caseNo(execution), sla);
    }

    /** Starts the clock afresh (an SLA that can run again for the same case, e.g. a second wait). */
    public void restart(DelegateExecution execution, String sla) {
        clocks.restart(caseNo(execution), sla);
    }

    /** Stops the clock counting until {@link #resume}; fails if it was never started. */
    public void pause(DelegateExecution execution, String sla) {
        clocks.pause(caseNo(execution), sla);
    }

    /** Counts again and moves the due and warning times later by the pause. */
    public void resume(DelegateExecution execution, String sla) {
        clocks.resume(caseNo(execution), sla);
    }

    /** Stops the clock for good: no warning or breach afterwards. */
    public void stop(DelegateExecution execution, String sla) {
        clocks.stop(caseNo(execution), sla);
    }

    static String caseNo(DelegateExecution execution) {
        String businessKey = execution.getProcessBusinessKey();
        if (businessKey == null || businessKey.isBlank()) {
            throw new IllegalStateException("Process instance " + execution.getProcessInstanceId() + " at "
                    + execution.getCurrentActivityId() + " has no business key: SLA clocks are kept per case"
                    + " number, which must be the business key");
        }
        return businessKey;
    }

    private static void warnIfPaused(SlaClock clock, DelegateExecution execution) {
        if (clock.isPaused()) {
            log.warn("Timer at {} of case {} uses SLA {} while it is paused: the date is the one before the pause;"
                    + " leave the timed scope while paused and re-enter it after resume",
                    execution.getCurrentActivityId(), clock.getCaseNo(), clock.getSlaName());
        }
    }
}
