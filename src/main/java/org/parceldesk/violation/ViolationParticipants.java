package org.parceldesk.violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parceldesk.workflow.CaseKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.parceldesk.station.UnmanagedStationQueues;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works a violation task, for the candidate expressions of {@code courier-violation.bpmn}
 * ({@code ${violationParticipants.courierSide(execution)}} …).
 *
 * <p>The courier's own tasks (statement, appeal) go to the courier's user and to the manager of
 * their station by name, never to the groups {@code courier} or {@code station-manager}: Camunda
 * lets every candidate see a task, and a courier or a station manager must not see another's case.
 * A station without a manager user hands its part to the supervisor queue
 * ({@code parceldesk.station.unmanaged.violation-group}): the station approval always, the courier's
 * tasks only when the courier has no login either, so that no task is left without anyone to do it.
 */
@Component("violationParticipants")
public class ViolationParticipants {

    private final ViolationRepository violations;
    private final CourierRepository couriers;
    private final StationRepository stations;
    private final UnmanagedStationQueues unmanaged;

    ViolationParticipants(ViolationRepository violations, CourierRepository couriers, StationRepository stations,
            UnmanagedStationQueues unmanaged) {
        this.violations = violations;
        this.couriers = couriers;
        this.stations = stations;
        this.unmanaged = unmanaged;
    }

    /** The courier's user and their station manager. */
    @Transactional(readOnly = true)
    public List<String> courierSide(DelegateExecution execution) {
        List<String> users = new ArrayList<>();
        courier(execution).map(Courier::getUserId).filter(id -> !id.isBlank()).ifPresent(users::add);
        stationManager(execution).filter(id -> !users.contains(id)).ifPresent(users::add);
        return users;
    }

    /** The supervisor queue only when neither the courier nor their station has a user to do it. */
    @Transactional(readOnly = true)
    public List<String> courierSideGroups(DelegateExecution execution) {
        return courierSide(execution).isEmpty() ? List.of(unmanaged.violationGroup()) : List.of();
    }

    /** The manager of the courier's station. */
    @Transactional(readOnly = true)
    public List<String> stationManagers(DelegateExecution execution) {
        return stationManager(execution).map(List::of).orElse(List.of());
    }

    /** No group when the station has a manager user; else the supervisor queue. */
    @Transactional(readOnly = true)
    public List<String> stationManagerGroups(DelegateExecution execution) {
        return stationManager(execution).isPresent() ? List.of() : List.of(unmanaged.violationGroup());
    }

    /** The courier's login, when they have one. */
    Optional<String> courierUser(Violation violation) {
        return couriers.findById(violation.getCourierNo()).map(Courier::getUserId).filter(id -> !id.isBlank());
    }

    /** The manager of the station the case belongs to (the courier's station when it was registered). */
    Optional<String> stationManagerUser(Violation violation) {
        return stations.findById(violation.getStationCode()).map(Station::getManagerUserId)
                .filter(id -> !id.isBlank());
    }

    private Optional<Courier> courier(DelegateExecution execution) {
        return couriers.findById(violation(execution).getCourierNo());
    }

    private Optional<String> stationManager(DelegateExecution execution) {
        return stationManagerUser(violation(execution));
    }

    private Violation violation(DelegateExecution execution) {
        String caseNo = CaseKeys.caseNo(execution);
        return violations.findByCaseNo(caseNo)
                .orElseThrow(() -> new IllegalStateException("no violation case " + caseNo));
    }
}
