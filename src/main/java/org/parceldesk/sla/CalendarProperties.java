package org.parceldesk.sla;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Working time of customer service, bound from {@code parceldesk.calendar.*}.
 *
 * @param zone             where calendar days begin and end, whatever the server's time zone
 * @param workdayStart     opening time on a working day (the 客服 shift starts at 08:30)
 * @param workdayEnd       closing time on a working day; business time stops here
 * @param holidaysLocation Spring resource location of the holiday file ({@code classpath:} or {@code file:})
 */
@ConfigurationProperties(prefix = "parceldesk.calendar")
public record CalendarProperties(
        @DefaultValue(DEFAULT_ZONE) ZoneId zone,
        @DefaultValue(DEFAULT_WORKDAY_START) LocalTime workdayStart,
        @DefaultValue(DEFAULT_WORKDAY_END) LocalTime workdayEnd,
        @DefaultValue(DEFAULT_HOLIDAYS_LOCATION) String holidaysLocation) {

    public static final String DEFAULT_ZONE = "Asia/Shanghai";
    public static final String DEFAULT_WORKDAY_START = "08:30";
    public static final String DEFAULT_WORKDAY_END = "17:00";
    public static final String DEFAULT_HOLIDAYS_LOCATION = "classpath:calendar/holidays-cn.yaml";

    public CalendarProperties {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(workdayStart, "workdayStart");
        Objects.requireNonNull(workdayEnd, "workdayEnd");
        Objects.requireNonNull(holidaysLocation, "holidaysLocation");
        // Business-time arithmetic walks from opening to closing within one calendar day.
        if (!workdayStart.isBefore(workdayEnd)) {
            throw new IllegalArgumentException(
                    "workdayStart " + workdayStart + " must be before workdayEnd " + workdayEnd);
        }
    }

    /** The documented defaults, for code that builds a calendar without Spring. */
    public static CalendarProperties defaults() {
        return new CalendarProperties(ZoneId.of(DEFAULT_ZONE), LocalTime.parse(DEFAULT_WORKDAY_START),
                LocalTime.parse(DEFAULT_WORKDAY_END), DEFAULT_HOLIDAYS_LOCATION);
    }
}
