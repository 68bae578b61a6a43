package org.parceldesk.mailintake;

import java.time.Instant;
import org.parceldesk.sla.BusinessCalendar;
import org.parceldesk.sla.SlaDefinitions;
import org.parceldesk.sla.SlaMode;
import org.springframework.stereotype.Component;

/**
 * When an unmatched mail must have been handled: the SLA named by
 * {@code parceldesk.mail-intake.unmatched-sla} (default {@code mail-unmatched}), counted in business
 * or calendar time as that SLA says. An unknown name stops the application at start-up.
 */
@Component
class UnmatchedDue {

    private final SlaDefinitions.Definition sla;
    private final BusinessCalendar calendar;

    UnmatchedDue(SlaDefinitions definitions, MailIntakeProperties properties, BusinessCalendar calendar) {
        this.sla = definitions.definition(properties.unmatchedSla());
        this.calendar = calendar;
    }

    Instant from(Instant receivedAt) {
        return sla.mode() == SlaMode.BUSINESS ? calendar.addBusinessTime(receivedAt, sla.duration())
                : calendar.addCalendarTime(receivedAt, sla.duration());
    }
}
