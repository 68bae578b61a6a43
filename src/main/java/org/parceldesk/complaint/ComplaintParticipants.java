package org.parceldesk.complaint;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.parceldesk.station.UnmanagedStationQueues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works the station's part of a complaint, for the candidate expressions of
 * {@code complaint.bpmn} ({@code ${complaintParticipants.stationManagers(execution)}}).
 *
 * <p>{@code Station investigation} goes to the manager user of the complaint's responsible station
 * (the station snapshot taken at intake), never to the whole group {@code station-manager}: Camunda
 * lets every candidate see a task, and one station's manager must not see another station's
 * question. A station without a manager user hands its part to the supervisor queue
 * ({@code parceldesk.station.unmanaged.complaint-investigation-group}), logged, so that someone
 * fixes the master data.
 */
@Component("complaintParticipants")
public class ComplaintParticipants {

    private static final Logger log = LoggerFactory.getLogger(ComplaintParticipants.class);

    private final ComplaintCases cases;
    private final StationRepository stations;
    private final UnmanagedStationQueues unmanaged;

    ComplaintParticipants(ComplaintCases cases, StationRepository stations, UnmanagedStationQueues unmanaged) {
        this.cases = cases;
        this.stations = stations;
        this.unmanaged = unmanaged;
    }

    /** The manager user of the complaint's station, or nobody when the station has none. */
    @Transactional(readOnly = true)
    public List<String> stationManagers(VariableScope execution) {
        return stationManager(cases.of(execution)).map(List::of).orElse(List.of());
    }

    /** No group when the station has a manager user; else the supervisor queue. */
    @Transactional(readOnly = true)
    public List<String> stationManagerGroups(VariableScope execution) {
        Complaint complaint = cases.of(execution);
        if (stationManager(complaint).isPresent()) {
            return List.of();
        }
        log.warn("Complaint {}: station {} has no manager user; the station investigation goes to the group {}",
                complaint.getCaseNo(), complaint.getStationCode(), unmanaged.complaintInvestigationGroup());
        return List.of(unmanaged.complaintInvestigationGroup());
    }

    private Optional<String> stationManager(Complaint complaint) {
        String code = complaint.getStationCode();
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return stations.findById(code).map(Station::getManagerUserId).filter(id -> !id.isBlank());
    }
}
