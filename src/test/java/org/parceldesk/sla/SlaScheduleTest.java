package org.parceldesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parceldesk.sla.SlaSchedule.Deadlines;

/** Expected values worked out by hand; a working day is 08:30–17:00 in Shanghai. */
class SlaScheduleTest {

    private final SlaSchedule schedule = new SlaSchedule(new BusinessCalendar(
            HolidayCalendar.load(CalendarProperties.DEFAULT_HOLIDAYS_LOCATION), CalendarProperties.defaults()));

    private static Instant shanghai(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    @Test
    void calendarSlaWarnsAtThreeQuartersOfElapsedTime() {
        Deadlines deadlines = schedule.deadlines(SlaMode.CALENDAR, shanghai("2026-03-13T16:00"),
                Duration.ofHours(24), 0.75, Duration.ZERO, Duration.ZERO);

        assertThat(deadlines.warningAt()).isEqualTo(shanghai("2026-03-14T10:00")); // + 18 h
        assertThat(deadlines.dueAt()).isEqualTo(shanghai("2026-03-14T16:00"));
    }

    @Test
    void businessSlaWarnsAtThreeQuartersOfBusinessTime() {
        // 2 business hours from Friday 16:00: 1.5 h is Friday 16:00–17:00 plus Monday 08:30–09:00.
        Deadlines deadlines = schedule.deadlines(SlaMode.BUSINESS, shanghai("2026-03-13T16:00"),
                Duration.ofHours(2), 0.75, Duration.ZERO, Duration.ZERO);

        assertThat(deadlines.warningAt()).isEqualTo(shanghai("2026-03-16T09:00"));
        assertThat(deadlines.dueAt()).isEqualTo(shanghai("2026-03-16T09:30"));
    }

    @Test
    void calendarSlaIsExtendedByPeakSeasonAndPausedTime() {
        // 7 days + 2 days peak season = 9 days allowed; warning after 6.75 days; both moved by 1 day paused.
        Deadlines deadlines = schedule.deadlines(SlaMode.CALENDAR, shanghai("2026-03-02T10:00"),
                Duration.ofDays(7), 0.75, Duration.ofDays(1), Duration.ofDays(2));

        assertThat(deadlines.warningAt()).isEqualTo(shanghai("2026-03-10T04:00")); // + 7 d 18 h
        assertThat(deadlines.dueAt()).isEqualTo(shanghai("2026-03-12T10:00"));     // + 10 d
    }

    @Test
    void businessSlaIsMovedByPausedBusinessTime() {
        // 17 h allowed from Monday 08:30, 1 h paused. Warning after 12.75 h + 1 h = 13.75 h:
        // Monday 8.5 h, then Tuesday 08:30 + 5.25 h. Due after 18 h: Monday, Tuesday, Wednesday 08:30 + 1 h.
        Deadlines deadlines = schedule.deadlines(SlaMode.BUSINESS, shanghai("2026-03-16T08:30"),
                Duration.ofHours(17), 0.75, Duration.ofHours(1), Duration.ZERO);

        assertThat(deadlines.warningAt()).isEqualTo(shanghai("2026-03-17T13:45"));
        assertThat(deadlines.dueAt()).isEqualTo(shanghai("2026-03-18T09:30"));
    }

    @Test
    void aFullWarningFractionWarnsWhenDue() {
        Deadlines deadlines = schedule.deadlines(SlaMode.BUSINESS, shanghai("2026-09-30T16:00"),
                Duration.ofHours(2), 1.0, Duration.ZERO, Duration.ZERO);

        assertThat(deadlines.warningAt()).isEqualTo(deadlines.dueAt()).isEqualTo(shanghai("2026-10-08T09:30"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.5, 1.5, Double.NaN})
    void aWarningFractionOutsideZeroToOneIsRefused(double fraction) {
        assertThatThrownBy(() -> schedule.deadlines(SlaMode.CALENDAR, shanghai("2026-03-16T08:30"),
                Duration.ofHours(24), fraction, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("warningFraction");
    }

    @Test
    void negativePausesAndExtensionsAreRefused() {
        Instant start = shanghai("2026-03-16T08:30");

        assertThatThrownBy(() -> schedule.deadlines(SlaMode.CALENDAR, start, Duration.ofHours(24), 0.75,
                Duration.ofHours(-1), Duration.ZERO)).hasMessageContaining("pausedSoFar");
        assertThatThrownBy(() -> schedule.deadlines(SlaMode.CALENDAR, start, Duration.ofHours(24), 0.75,
                Duration.ZERO, Duration.ofHours(-1))).hasMessageContaining("peakSeasonExtension");
    }
}
