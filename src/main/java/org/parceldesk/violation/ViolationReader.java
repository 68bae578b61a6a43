package org.parceldesk.violation;

import java.util.Set;
import java.util.stream.Collectors;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.security.StaffGroup;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * What a user may read of violations and ledgers. Inspectors, complaint supervisors and admins
 * read everything; a station manager reads the cases and ledgers of the stations they manage; a
 * courier reads their own. Anyone else reads nothing.
 */
record ViolationReader(String userId, boolean everything, Set<String> stations, String courierNo) {

    private static final Set<String> READ_ALL = Set.of(StaffGroup.INSPECTOR.id(), StaffGroup.ADMIN.id(),
            StaffGroup.COMPLAINT_SUPERVISOR.id());

    boolean canSee(Violation violation) {
        return everything || stations.contains(violation.getStationCode())
                || violation.getCourierNo().equals(courierNo);
    }

    boolean canSee(Courier courier) {
        return everything || stations.contains(courier.getStationCode()) || courier.getEmployeeNo().equals(courierNo);
    }

    boolean canSeeStation(String stationCode) {
        return everything || stations.contains(stationCode);
    }

    /** The cases this reader may see, as a query restriction. */
    Specification<Violation> visible() {
        if (everything) {
            return (root, query, cb) -> cb.conjunction();
        }
        return (root, query, cb) -> {
            var own = courierNo == null ? cb.disjunction() : cb.equal(root.get("courierNo"), courierNo);
            var managed = stations.isEmpty() ? cb.disjunction() : root.get("stationCode").in(stations);
            return cb.or(own, managed);
        };
    }

    @Component
    static class Resolver {

        private final StationRepository stations;
        private final CourierRepository couriers;

        Resolver(StationRepository stations, CourierRepository couriers) {
            this.stations = stations;
            this.couriers = couriers;
        }

        ViolationReader of(Authentication authentication) {
            Set<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .collect(Collectors.toSet());
            String user = authentication.getName();
            if (groups.stream().anyMatch(READ_ALL::contains)) {
                return new ViolationReader(user, true, Set.of(), null);
            }
            Set<String> managed = groups.contains(StaffGroup.STATION_MANAGER.id())
                    ? stations.findByManagerUserId(user).stream().map(Station::getCode).collect(Collectors.toSet())
                    : Set.of();
            String own = groups.contains(StaffGroup.COURIER.id())
                    ? couriers.findByUserId(user).map(Courier::getEmployeeNo).orElse(null)
                    : null;
            return new ViolationReader(user, false, managed, own);
        }

        boolean courierInStations(String courierNo, Set<String> stationCodes) {
            return couriers.findById(courierNo).map(courier -> stationCodes.contains(courier.getStationCode()))
                    .orElse(false);
        }
    }
}
