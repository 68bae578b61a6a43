package org.parceldesk.complaint;

import java.util.List;
import java.util.Optional;

import org.parceldesk.notification.Recipient;
import org.parceldesk.sla.SlaCaseContacts;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.parceldesk.station.UnmanagedStationQueues;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code @station} for complaints: the manager user of the complaint's responsible station — the
 * person the station investigation is offered to — or, when the station has no manager user, the
 * queue that does the station's part instead ({@code parceldesk.station.unmanaged.complaint-investigation-group},
 * the same fallback as the task itself).
 */
@Component
class ComplaintStationContacts implements SlaCaseContacts {

    private final ComplaintRepository complaints;
    private final StationRepository stations;
    private final UnmanagedStationQueues unmanaged;

    ComplaintStationContacts(ComplaintRepository complaints, StationRepository stations,
                             UnmanagedStationQueues unmanaged) {
        this.complaints = complaints;
        this.stations = stations;
        this.unmanaged = unmanaged;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<List<Recipient>> contacts(String caseNo, String role) {
        if (!STATION.equals(role)) {
            return Optional.empty();
        }
        return complaints.findByCaseNo(caseNo).map(complaint -> Optional.ofNullable(complaint.getStationCode())
                .flatMap(stations::findById)
                .map(Station::getManagerUserId)
                .filter(manager -> !manager.isBlank())
                .map(manager -> List.of(Recipient.user(manager)))
                .orElse(List.of(Recipient.group(unmanaged.complaintInvestigationGroup()))));
    }
}
