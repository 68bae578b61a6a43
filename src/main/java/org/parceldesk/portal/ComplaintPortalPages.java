package org.parceldesk.portal;

import org.parceldesk.common.Messages;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.parceldesk.common.ZoneProperties;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Shared bits of the complaint portal pages: local times and the page for a bad link. */
@Component
class ComplaintPortalPages {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneProperties zone;

    ComplaintPortalPages(ZoneProperties zone) {
        this.zone = zone;
    }

    /** An instant as the customer reads it: business time zone, minutes. */
    public String local(Instant instant) {
        return instant == null ? "—" : LOCAL.format(ZonedDateTime.ofInstant(instant, zone.zone()));
    }

    /** A forged, expired or foreign link: 404, like an unknown case, so that case numbers cannot be probed. */
    static String invalidLink(Model model, jakarta.servlet.http.HttpServletResponse response, Messages messages) {
        response.setStatus(404);
        model.addAttribute("message", messages.get("portal.complaint.link.invalid"));
        return "portal/complaint/invalid-link";
    }
}
