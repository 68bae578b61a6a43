package org.parceldesk.station;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Older releases gave a station's task to the whole group {@code station-manager} when the station
 * had no manager user. At startup, open tasks of the complaint and violation processes still offered
 * to that group move to the supervisor queue of {@link UnmanagedStationQueues}, so that an upgrade
 * closes the gap for running cases too. Idempotent: nothing to do once moved.
 */
@Component
public class LegacyStationQueueUpgrade {

    private static final Logger log = LoggerFactory.getLogger(LegacyStationQueueUpgrade.class);
    private static final String LEGACY_GROUP = "station-manager";

    private final TaskService tasks;
    private final Map<String, String> queueByProcess;

    LegacyStationQueueUpgrade(TaskService tasks, UnmanagedStationQueues queues) {
        this.tasks = tasks;
        this.queueByProcess = Map.of("complaint", queues.complaintInvestigationGroup(),
                "courier-violation", queues.violationGroup());
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void moveOpenTasks() {
        queueByProcess.forEach((processKey, queue) -> {
            for (Task task : tasks.createTaskQuery().processDefinitionKey(processKey).taskCandidateGroup(LEGACY_GROUP)
                    .includeAssignedTasks().list()) {
                tasks.deleteCandidateGroup(task.getId(), LEGACY_GROUP);
                tasks.addCandidateGroup(task.getId(), queue);
                log.info("Task {} ({}) of {}: offered to {} instead of every station manager",
                        task.getId(), task.getTaskDefinitionKey(), processKey, queue);
            }
        });
    }
}
