package org.parceldesk.complaint;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.springframework.stereotype.Component;

/**
 * Chooses who works the complaint and how urgently: the candidate groups (the category's group if
 * configured, else the responsible station's handler group, else the default; REGULATOR adds the
 * configured regulator groups) and the Tasklist priority of every handler task.
 */
@Component("complaintAssignment")
class ComplaintAssignment implements JavaDelegate {

    private final ComplaintCases cases;
    private final StationRepository stations;
    private final ComplaintProperties properties;

    ComplaintAssignment(ComplaintCases cases, StationRepository stations, ComplaintProperties properties) {
        this.cases = cases;
        this.stations = stations;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = cases.of(execution);
        Set<String> groups = new LinkedHashSet<>();
        groups.add(primaryGroup(complaint));
        if (complaint.getChannel() == ComplaintChannel.REGULATOR) {
            groups.addAll(properties.regulatorGroups());
        }
        String handlerGroups = String.join(",", groups);
        int taskPriority = complaint.getPriority() == ComplaintPriority.HIGH
                ? properties.highTaskPriority() : properties.normalTaskPriority();
        complaint.assigned(handlerGroups);
        execution.setVariable(ComplaintProcess.HANDLER_GROUPS, handlerGroups);
        execution.setVariable(ComplaintProcess.TASK_PRIORITY, taskPriority);
        execution.setVariable(ComplaintProcess.STATION_CODE, complaint.getStationCode());
        complaint.record(ComplaintEventType.ASSIGNED, cases.now(), ComplaintProcess.SYSTEM,
                cases.recorded("complaint.timeline.assigned", handlerGroups, complaint.getPriority().name(),
                        String.valueOf(taskPriority)));
    }

    private String primaryGroup(Complaint complaint) {
        String byCategory = properties.categoryGroups().get(complaint.getCategory());
        if (byCategory != null && !byCategory.isBlank()) {
            return byCategory;
        }
        return stations.findById(complaint.getStationCode() == null ? "" : complaint.getStationCode())
                .map(Station::getHandlerGroup)
                .filter(group -> !group.isBlank())
                .orElse(properties.defaultHandlerGroup());
    }
}
