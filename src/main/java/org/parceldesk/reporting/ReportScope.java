package org.parceldesk.reporting;

import java.util.List;

/**
 * What one user's report covers: all stations (empty list) or only these, and whether couriers'
 * names are shown in full.
 */
record ReportScope(String userId, List<String> stations, boolean fullNames) {

    boolean allStations() {
        return stations.isEmpty();
    }
}
