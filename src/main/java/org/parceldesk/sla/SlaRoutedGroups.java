package org.parceldesk.sla;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.parceldesk.security.RoutedGroups;
import org.springframework.stereotype.Component;

/** The groups SLA warnings, breaches and calendar reminders go to: they must exist (checked at start-up). */
@Component
class SlaRoutedGroups implements RoutedGroups {

    private final SlaDefinitions definitions;
    private final CalendarProperties calendar;

    SlaRoutedGroups(SlaDefinitions definitions, CalendarProperties calendar) {
        this.definitions = definitions;
        this.calendar = calendar;
    }

    @Override
    public Map<String, Collection<String>> routedGroups() {
        Map<String, Collection<String>> groups = new LinkedHashMap<>();
        definitions.definitions().forEach((name, definition) -> {
            groups.put("parceldesk.sla.definitions." + name + ".notify-warning", groupsOnly(definition.notifyWarning()));
            groups.put("parceldesk.sla.definitions." + name + ".notify-breach", groupsOnly(definition.notifyBreach()));
        });
        groups.put("parceldesk.calendar.reminder-groups", calendar.reminderGroups());
        return groups;
    }

    /** Role tokens such as {@code @station} are resolved per case, not groups. */
    private static Collection<String> groupsOnly(Collection<String> recipients) {
        return recipients.stream().filter(recipient -> !SlaCaseContacts.ROLES.contains(recipient)).toList();
    }
}
