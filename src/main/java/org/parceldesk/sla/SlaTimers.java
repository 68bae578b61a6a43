package org.parceldesk.sla;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.parceldesk.sla.SlaClockService.Rescheduled;
import org.springframework.stereotype.Component;

/**
 * Moves what the process engine derived from a clock when the clock's deadlines move: timer jobs and
 * task due dates of the case's process instances that equal the old warning or due time. Timers take
 * their dates from {@code slaClocks.dueDate/warningDate}, so equal instants identify them. Runs in the
 * caller's transaction (the engine joins it).
 */
@Component
class SlaTimers {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;

    SlaTimers(RuntimeService runtime, ManagementService management, TaskService tasks) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
    }

    /** @return how many timers and task due dates were moved */
    int move(List<Rescheduled> moved) {
        int count = 0;
        for (Rescheduled clock : moved) {
            for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(clock.caseNo()).active().list()) {
                count += moveTimers(instance, clock) + moveTaskDueDates(instance, clock);
            }
        }
        return count;
    }

    private int moveTimers(ProcessInstance instance, Rescheduled clock) {
        int count = 0;
        for (Job job : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
            Instant due = job.getDuedate() == null ? null : job.getDuedate().toInstant();
            Instant moveTo = target(due, clock);
            if (moveTo != null) {
                management.setJobDuedate(job.getId(), Date.from(moveTo));
                count++;
            }
        }
        return count;
    }

    private int moveTaskDueDates(ProcessInstance instance, Rescheduled clock) {
        int count = 0;
        for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            Instant moveTo = target(due, clock);
            if (moveTo != null) {
                task.setDueDate(Date.from(moveTo));
                tasks.saveTask(task);
                count++;
            }
        }
        return count;
    }

    /** The new time for something set from the clock's old due or warning time; null for anything else. */
    private static Instant target(Instant current, Rescheduled clock) {
        if (current == null) {
            return null;
        }
        if (current.equals(clock.oldDueAt()) && !clock.newDueAt().equals(clock.oldDueAt())) {
            return clock.newDueAt();
        }
        if (current.equals(clock.oldWarningAt()) && !clock.newWarningAt().equals(clock.oldWarningAt())) {
            return clock.newWarningAt();
        }
        return null;
    }
}
