package org.parceldesk.reporting;

import org.parceldesk.common.Messages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.security.StaffGroup;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may read which report, and for which stations. A station manager (and nobody else in the
 * reader groups) is held to the stations they manage: without a {@code station} filter the report
 * covers those, a filter naming another station is refused.
 */
@Component
class ReportAccess {

    private final ReportingProperties properties;
    private final StationRepository stations;

    ReportAccess(ReportingProperties properties, StationRepository stations) {
        this.properties = properties;
        this.stations = stations;
    }

    boolean mayRead(Authentication user, ReportKind kind) {
        Set<String> groups = groups(user);
        return properties.readersOf(kind).stream().anyMatch(groups::contains);
    }

    /**
     * @param stationFilter comma-separated station codes, or null/blank for all the user may see
     * @throws AccessDeniedException when the user may not read the report or the stations named
     */
    ReportScope scope(Authentication user, ReportKind kind, String stationFilter) {
        if (!mayRead(user, kind)) {
            throw new AccessDeniedException("report " + kind.id() + " is not for your groups");
        }
        Set<String> groups = groups(user);
        List<String> requested = parseStations(stationFilter);
        boolean fullNames = properties.fullNameAuthorities().stream().anyMatch(groups::contains);
        if (restrictedToOwnStations(groups, kind)) {
            Set<String> managed = stations.findByManagerUserId(user.getName()).stream().map(Station::getCode)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            if (managed.isEmpty()) {
                throw new AccessDeniedException("you manage no station");
            }
            if (requested.isEmpty()) {
                return new ReportScope(user.getName(), List.copyOf(managed), fullNames);
            }
            if (!managed.containsAll(requested)) {
                throw new AccessDeniedException("not your station");
            }
            return new ReportScope(user.getName(), requested, fullNames);
        }
        for (String code : requested) {
            if (!stations.existsById(code)) {
                throw ApiProblem.invalid("station", Messages.forReader("report.problem.unknown-station", code));
            }
        }
        return new ReportScope(user.getName(), requested, fullNames);
    }

    /** A station manager is restricted unless another of their groups reads this report for every station. */
    private boolean restrictedToOwnStations(Set<String> groups, ReportKind kind) {
        String manager = StaffGroup.STATION_MANAGER.id();
        return groups.contains(manager) && properties.readersOf(kind).stream()
                .filter(group -> !group.equals(manager)).noneMatch(groups::contains);
    }

    private static List<String> parseStations(String filter) {
        if (filter == null || filter.isBlank()) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String part : filter.split(",")) {
            String code = part.strip();
            if (code.isEmpty() || code.length() > 16 || !code.matches("[A-Za-z0-9_-]+")) {
                throw ApiProblem.invalid("station", Messages.forReader("report.problem.station-list"));
            }
            codes.add(code);
        }
        return new ArrayList<>(codes);
    }

    private static Set<String> groups(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
