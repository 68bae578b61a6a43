package org.parceldesk.complaint;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parceldesk.security.RoutedGroups;
import org.springframework.stereotype.Component;

/** The groups complaint routing offers tasks to: they must exist (checked at start-up). */
@Component
class ComplaintRoutedGroups implements RoutedGroups {

    private final ComplaintProperties properties;

    ComplaintRoutedGroups(ComplaintProperties properties) {
        this.properties = properties;
    }

    @Override
    public Map<String, Collection<String>> routedGroups() {
        Map<String, Collection<String>> groups = new LinkedHashMap<>();
        groups.put("parceldesk.complaint.default-handler-group", List.of(properties.defaultHandlerGroup()));
        properties.categoryGroups().forEach((category, group) ->
                groups.put("parceldesk.complaint.category-groups." + category, List.of(group)));
        groups.put("parceldesk.complaint.regulator-groups", properties.regulatorGroups());
        return groups;
    }
}
