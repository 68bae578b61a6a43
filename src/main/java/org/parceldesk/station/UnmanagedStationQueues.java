package org.parceldesk.station;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code parceldesk.station.unmanaged}: who does a station's part of a case when the station has no
 * manager user. Always a supervising queue, never the global {@code station-manager} group: that
 * group holds the managers of every station, and one station's manager must not see another's cases.
 *
 * @param complaintInvestigationGroup the candidate group of a complaint's station investigation
 * @param violationGroup              the candidate group of a violation's station approval (and of
 *                                    the courier's statement and appeal when the courier has no login either)
 */
@ConfigurationProperties("parceldesk.station.unmanaged")
public record UnmanagedStationQueues(
        @DefaultValue("complaint-supervisor") String complaintInvestigationGroup,
        @DefaultValue("complaint-supervisor") String violationGroup) {

    public UnmanagedStationQueues {
        if (complaintInvestigationGroup == null || complaintInvestigationGroup.isBlank()
                || violationGroup == null || violationGroup.isBlank()) {
            throw new IllegalArgumentException("parceldesk.station.unmanaged groups must not be blank");
        }
    }
}
