package parceldesk.bench;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Every delegate and listener of the baseline process: does nothing, returns constants. */
public class BenchNoOp implements JavaDelegate, TaskListener, ExecutionListener {

    private static final long WEEK_MILLIS = 7L * 24 * 3600 * 1000;

    @Override
    public void execute(DelegateExecution execution) {
        // no-op service task
    }

    @Override
    public void notify(DelegateTask task) {
        // no-op task listener
    }

    @Override
    public void notify(DelegateExecution execution) {
        // no-op execution listener
    }

    public boolean touch() {
        return true;
    }

    /** Conditions that ask ParcelDesk code (e.g. "resumes after a customer wait?"): no, as for a new case. */
    public boolean no() {
        return false;
    }

    /** Due dates and timers a week ahead, like the real SLA clocks (none fires during a run). */
    public Date dueDate() {
        return new Date(System.currentTimeMillis() + WEEK_MILLIS);
    }
}
