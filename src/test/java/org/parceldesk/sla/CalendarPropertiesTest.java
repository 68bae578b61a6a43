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

    @Test
    void theMaintenanceKeysBindAndAMisspeltWarningDayIsRefused() {
        CalendarProperties properties = bind(Map.of(
                "parceldesk.calendar.refresh-interval", "5s",
                "parceldesk.calendar.next-year-warning", "12-15",
                "parceldesk.calendar.min-days-off", "11",
                "parceldesk.calendar.reminder-cron", "-",
                "parceldesk.calendar.reminder-groups", "admin,calendar-keepers"));
        assertThat(properties.refreshInterval()).isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(properties.nextYearWarningDay()).isEqualTo(java.time.MonthDay.of(12, 15));
        assertThat(properties.minDaysOff()).isEqualTo(11);
        assertThat(properties.reminderGroups()).containsExactly("admin", "calendar-keepers");
        assertThat(bind(Map.of()).nextYearWarningDay()).isEqualTo(java.time.MonthDay.of(11, 1));

        assertThatThrownBy(() -> bind(Map.of("parceldesk.calendar.next-year-warning", "11/01")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("parceldesk.calendar.next-year-warning");
    }
}
