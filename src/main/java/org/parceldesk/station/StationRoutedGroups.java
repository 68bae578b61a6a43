package org.parceldesk.station;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parceldesk.security.RoutedGroups;
import org.springframework.stereotype.Component;

/** The queues that do a station's part when it has no manager user: they must exist (checked at start-up). */
@Component
class StationRoutedGroups implements RoutedGroups {

    private final UnmanagedStationQueues unmanaged;

    StationRoutedGroups(UnmanagedStationQueues unmanaged) {
        this.unmanaged = unmanaged;
    }

    @Override
    public Map<String, Collection<String>> routedGroups() {
        Map<String, Collection<String>> groups = new LinkedHashMap<>();
        groups.put("parceldesk.station.unmanaged.complaint-investigation-group",
                List.of(unmanaged.complaintInvestigationGroup()));
        groups.put("parceldesk.station.unmanaged.violation-group", List.of(unmanaged.violationGroup()));
        return groups;
    }
}
