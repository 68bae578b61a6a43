package org.parceldesk.sla;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code businessCalendar} in the health details: the years entered and, while a year is missing, a
 * warning. Always UP: a missing year makes deadlines less accurate, not the node unfit for traffic,
 * and a load balancer must never take nodes out over it.
 */
@Component("businessCalendarHealthIndicator")
class CalendarHealthIndicator implements HealthIndicator {

    private final CalendarCoverage coverage;

    CalendarHealthIndicator(CalendarCoverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public Health health() {
        CalendarCoverage.Status status = coverage.status();
        Health.Builder health = Health.up().withDetail("years", status.years());
        if (!status.ok()) {
            health.withDetail("missingYears", status.missingYears()).withDetail("warning", status.warning());
        }
        return health.build();
    }
}
