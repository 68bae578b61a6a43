package org.parceldesk.sla;

import java.util.List;
import java.util.Optional;

import org.parceldesk.notification.Recipient;

/**
 * The people of one case who can act on an SLA, for recipients that depend on the case rather than on
 * a fixed group: {@code @station} in {@code notify-warning}/{@code notify-breach} means the manager of
 * the case's responsible station. Each case module implements it for its own cases.
 */
public interface SlaCaseContacts {

    /** The role token that names the case's station manager. */
    String STATION = "@station";

    /** Role tokens a notify list may contain besides group ids. */
    List<String> ROLES = List.of(STATION);

    /**
     * @return the recipients for {@code role} in the case, or empty when this module does not know the case
     */
    Optional<List<Recipient>> contacts(String caseNo, String role);
}
