package org.parceldesk.sla;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * The business calendar: working hours from {@code parceldesk.calendar.*}, holidays from the calendar
 * tables (cached per node, see {@link DatabaseHolidays}), which the shipped holiday file seeds.
 */
@Configuration(proxyBeanMethods = false)
class SlaConfiguration {

    /** Seeds the tables from the file before anything counts business time. */
    @Bean
    DatabaseHolidays databaseHolidays(CalendarProperties properties, ResourceLoader resources, CalendarSeed seed,
                                      CalendarYearRepository years, CalendarDayRepository days,
                                      CalendarRevisionRepository revisions) {
        seed.seed(HolidayCalendar.load(resources.getResource(properties.holidaysLocation())));
        return new DatabaseHolidays(years, days, revisions, properties.refreshInterval());
    }

    @Bean
    BusinessCalendar businessCalendar(DatabaseHolidays holidays, CalendarProperties properties) {
        return new BusinessCalendar(holidays, properties);
    }

    @Bean
    SlaSchedule slaSchedule(BusinessCalendar businessCalendar) {
        return new SlaSchedule(businessCalendar);
    }
}
