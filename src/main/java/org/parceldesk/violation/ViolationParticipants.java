package org.parceldesk.violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parceldesk.workflow.CaseKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.security.StaffGroup;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works a violation task, for the candidate expressions of {@code courier-violation.bpmn}
 * ({@code ${violationParticipants.courierSide(execution)}} …).
 *
 * <p>The courier's own tasks (statement, appeal) go to the courier's user and to the manager of
 * their station by name, not to the groups {@code courier} or {@code station-manager}: Camunda
 * lets every candidate see a task, and a courier must not see another courier's case. Only a
 * station without a manager user falls back to the group {@code station-manager}, so that the
 * task is never left without anyone to do it.
 */
@Component("violationParticipants")
public class ViolationParticipants {

    private final ViolationRepository violations;
    private final CourierRepository couriers;
    private final StationRepository stations;

    ViolationParticipants(ViolationRepository violations, CourierRepository couriers, StationRepository stations) {
        this.violations = violations;
        this.couriers = couriers;
        this.stations = stations;
    }

    /** The courier's user and their station manager. */
    @Transactional(readOnly = true)
    public List<String> courierSide(DelegateExecution execution) {
        List<String> users = new ArrayList<>();
        courier(execution).map(Courier::getUserId).filter(id -> !id.isBlank()).ifPresent(users::add);
        stationManager(execution).filter(id -> !users.contains(id)).ifPresent(users::add);
        return users;
    }

    /** The group {@code station-manager} only when the station has no manager user. */
    @Transactional(readOnly = true)
    public List<String> courierSideGroups(DelegateExecution execution) {
        return stationManagerGroups(execution);
    }

    /** The manager of the courier's station. */
    @Transactional(readOnly = true)
    public List<String> stationManagers(DelegateExecution execution) {
        return stationManager(execution).map(List::of).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<String> stationManagerGroups(DelegateExecution execution) {
        return stationManager(execution).isPresent() ? List.of() : List.of(StaffGroup.STATION_MANAGER.id());
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
