package org.parceldesk.tasklist;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may change who works a task (docs/security.md): per process key, the supervisor groups; the
 * admin groups may do it in every process. Everyone else may only claim, unclaim and hand a task to
 * another of its candidates.
 */
@ConfigurationProperties("parceldesk.tasklist")
record TaskAccessProperties(Map<String, List<String>> supervisors, List<String> adminGroups) {

    static final Map<String, List<String>> DEFAULT_SUPERVISORS = Map.of(
            "complaint", List.of("complaint-supervisor"),
            "claim-compensation", List.of("claims-supervisor", "claims-manager"),
            "courier-violation", List.of("complaint-supervisor"));

    TaskAccessProperties {
        supervisors = supervisors == null || supervisors.isEmpty() ? DEFAULT_SUPERVISORS : Map.copyOf(supervisors);
        adminGroups = adminGroups == null || adminGroups.isEmpty() ? List.of("admin") : List.copyOf(adminGroups);
    }

    List<String> supervisorsOf(String processKey) {
        return processKey == null ? List.of() : supervisors.getOrDefault(processKey, List.of());
    }
}
