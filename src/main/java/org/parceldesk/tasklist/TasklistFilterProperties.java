package org.parceldesk.tasklist;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Tasklist filters ParcelDesk keeps (docs/tasklist.md).
 *
 * @param dueSoonWithin what 即将超时 (due soon) means: due between now and now plus this; the
 *                      default matches the warning of the 24 h first-contact SLA (75 %, 6 h before due)
 * @param groups        the groups that work tasks and see the filters (READ on each filter)
 */
@ConfigurationProperties("parceldesk.tasklist.filters")
record TasklistFilterProperties(Duration dueSoonWithin, List<String> groups) {

    static final List<String> DEFAULT_GROUPS = List.of("complaint-handler", "complaint-supervisor", "claims-handler",
            "claims-supervisor", "claims-manager", "inspector", "station-manager", "courier");

    TasklistFilterProperties {
        dueSoonWithin = dueSoonWithin == null ? Duration.ofHours(6) : dueSoonWithin;
        if (dueSoonWithin.isNegative() || dueSoonWithin.toMinutes() < 1) {
            throw new IllegalArgumentException("parceldesk.tasklist.filters.due-soon-within must be at least one minute, found "
                    + dueSoonWithin);
        }
        groups = groups == null || groups.isEmpty() ? DEFAULT_GROUPS : List.copyOf(groups);
    }
}
