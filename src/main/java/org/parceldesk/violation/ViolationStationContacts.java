package org.parceldesk.violation;

import java.util.List;
import java.util.Optional;

import org.parceldesk.notification.Recipient;
import org.parceldesk.sla.SlaCaseContacts;
import org.parceldesk.station.UnmanagedStationQueues;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code @station} for violations: the manager user of the case's station — the person the station
 * approval is offered to — or, when the station has no manager user, the queue that approves in its
 * place ({@code parceldesk.station.unmanaged.violation-group}), the same people as the task's candidates.
 */
@Component
class ViolationStationContacts implements SlaCaseContacts {

    private final ViolationRepository violations;
    private final ViolationParticipants participants;
    private final UnmanagedStationQueues unmanaged;

    ViolationStationContacts(ViolationRepository violations, ViolationParticipants participants,
                             UnmanagedStationQueues unmanaged) {
        this.violations = violations;
        this.participants = participants;
        this.unmanaged = unmanaged;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<List<Recipient>> contacts(String caseNo, String role) {
        if (!STATION.equals(role)) {
            return Optional.empty();
        }
        return violations.findByCaseNo(caseNo).map(violation -> participants.stationManagerUser(violation)
                .map(manager -> List.of(Recipient.user(manager)))
                .orElse(List.of(Recipient.group(unmanaged.violationGroup()))));
    }
}
