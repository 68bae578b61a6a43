package org.parceldesk.reporting;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reports and dashboard (docs/reports.md).
 *
 * @param readers report id → groups that may read it (a station manager always only for their own stations)
 * @param fullNameAuthorities groups that see couriers' names in full; everyone else sees them masked
 * @param topN length of the "top" lists (origins, couriers, stations)
 * @param maxRangeDays longest date range of the origin analysis and the dashboard
 * @param dissatisfiedAtMost a satisfaction rating at or below this counts as dissatisfied
 * @param caseListLimit most cases a dashboard drill-down list shows
 * @param queryTimeout longest one report statement may run before the database cancels it (then 503 +
 *        Retry-After); longer than {@code spring.jdbc.template.query-timeout}, because a monthly report
 *        over a large database is expected to take longer than a page's query
 */
@ConfigurationProperties(prefix = "parceldesk.reporting")
record ReportingProperties(
        Map<String, List<String>> readers,
        @DefaultValue({"inspector", "complaint-supervisor", "station-manager"}) List<String> fullNameAuthorities,
        @DefaultValue("10") int topN,
        @DefaultValue("366") int maxRangeDays,
        @DefaultValue("2") int dissatisfiedAtMost,
        @DefaultValue("200") int caseListLimit,
        @DefaultValue("120s") Duration queryTimeout) {

    private static final Map<ReportKind, List<String>> DEFAULT_READERS = Map.of(
            ReportKind.COMPLAINTS_WEEKLY, List.of("complaint-supervisor", "station-manager", "admin"),
            ReportKind.CLAIMS_MONTHLY, List.of("claims-supervisor", "claims-manager", "station-manager", "admin"),
            ReportKind.VIOLATIONS_MONTHLY, List.of("inspector", "complaint-supervisor", "station-manager", "admin"),
            ReportKind.KPI_MONTHLY, List.of("complaint-supervisor", "claims-supervisor", "claims-manager",
                    "station-manager", "admin"),
            ReportKind.SHIPMENT_ORIGINS, List.of("complaint-supervisor", "claims-supervisor", "claims-manager",
                    "station-manager", "admin"));

    List<String> readersOf(ReportKind kind) {
        if (readers != null && readers.containsKey(kind.id())) {
            return readers.get(kind.id());
        }
        return DEFAULT_READERS.get(kind);
    }
}
