package org.parceldesk.sla;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** The business calendar from {@code parceldesk.calendar.*} and the holiday file it names. */
@Configuration(proxyBeanMethods = false)
class SlaConfiguration {

    @Bean
    HolidayCalendar holidayCalendar(CalendarProperties properties, ResourceLoader resources) {
        return HolidayCalendar.load(resources.getResource(properties.holidaysLocation()));
    }

    @Bean
    BusinessCalendar businessCalendar(HolidayCalendar holidayCalendar, CalendarProperties properties) {
        return new BusinessCalendar(holidayCalendar, properties);
    }

    @Bean
    SlaSchedule slaSchedule(BusinessCalendar businessCalendar) {
        return new SlaSchedule(businessCalendar);
    }
}
