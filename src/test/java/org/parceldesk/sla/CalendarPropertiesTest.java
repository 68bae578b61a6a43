package org.parceldesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Binds the record the way Spring Boot does, without starting an application. */
class CalendarPropertiesTest {

    private static CalendarProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("parceldesk.calendar", CalendarProperties.class);
    }

    @Test
    void withNothingConfiguredTheDefaultsApply() {
        CalendarProperties properties = bind(Map.of());

        assertThat(properties.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(properties.workdayStart()).isEqualTo(LocalTime.of(8, 30));
        assertThat(properties.workdayEnd()).isEqualTo(LocalTime.of(17, 0));
        assertThat(properties.holidaysLocation()).isEqualTo("classpath:calendar/holidays-cn.yaml");
        assertThat(properties).isEqualTo(CalendarProperties.defaults());
    }

    @Test
    void everyKeyCanBeOverridden() {
        CalendarProperties properties = bind(Map.of(
                "parceldesk.calendar.zone", "Asia/Hong_Kong",
                "parceldesk.calendar.workday-start", "09:00",
                "parceldesk.calendar.workday-end", "18:30",
                "parceldesk.calendar.holidays-location", "file:/etc/parceldesk/holidays.yaml"));

        assertThat(properties).isEqualTo(new CalendarProperties(ZoneId.of("Asia/Hong_Kong"),
                LocalTime.of(9, 0), LocalTime.of(18, 30), "file:/etc/parceldesk/holidays.yaml"));
    }

    @Test
    void aWorkdayThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> bind(Map.of(
                "parceldesk.calendar.workday-start", "17:00",
                "parceldesk.calendar.workday-end", "08:30")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("workdayStart 17:00 must be before workdayEnd 08:30");
    }
}
