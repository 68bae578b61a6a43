package org.parceldesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected values are worked out by hand from the 2026 notice and a wall calendar: working hours
 * 08:30–17:00, so a working day holds 8 h 30 min.
 */
class BusinessCalendarTest {

    private static final HolidayCalendar HOLIDAYS_2026 =
            HolidayCalendar.load(CalendarProperties.DEFAULT_HOLIDAYS_LOCATION);

    private final BusinessCalendar calendar = new BusinessCalendar(HOLIDAYS_2026, CalendarProperties.defaults());

    /** Wall-clock time in Shanghai, written out with its offset: China has kept UTC+8 all year since 1991. */
    private static Instant shanghai(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    @Test
    void aDeadlineOverAnOrdinaryWeekendResumesOnMonday() {
        // Friday 16:00–17:00 is one hour; the second starts at Monday's opening.
        assertThat(calendar.addBusinessTime(shanghai("2026-03-13T16:00"), Duration.ofHours(2)))
                .isEqualTo(shanghai("2026-03-16T09:30"));
    }

    @Test
    void aDeadlineOverNationalDayResumesAfterTheSevenDaysOff() {
        // Wednesday 30 September 16:00–17:00, then 1–7 October are off; Thursday 8 October 08:30–09:30.
        assertThat(calendar.addBusinessTime(shanghai("2026-09-30T16:00"), Duration.ofHours(2)))
                .isEqualTo(shanghai("2026-10-08T09:30"));
    }

    @Test
    void makeUpWeekendDaysAreWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Saturday, 国庆 make-up").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).as("Sunday, 国庆 make-up").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).as("the Sunday after").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 14))).as("an ordinary Saturday").isFalse();
    }

    @Test
    void holidaysAreNotWorkingDaysEvenOnWeekdays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).as("Thursday, 国庆").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).as("Monday, last day of 春节").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 16))).as("an ordinary Monday").isTrue();
    }

    @Test
    void aDeadlineCanFallOnAMakeUpSaturday() {
        // Friday 9 October 16:00–17:00, then Saturday 10 October is worked: 08:30–09:30.
        assertThat(calendar.addBusinessTime(shanghai("2026-10-09T16:00"), Duration.ofHours(2)))
                .isEqualTo(shanghai("2026-10-10T09:30"));
    }

    @Test
    void aDeadlineFromAMakeUpSaturdaySkipsTheSpringFestival() {
        // Saturday 14 February is worked 16:00–17:00; 15–23 February are off; Tuesday 24th 08:30–09:30.
        assertThat(calendar.addBusinessTime(shanghai("2026-02-14T16:00"), Duration.ofHours(2)))
                .isEqualTo(shanghai("2026-02-24T09:30"));
    }

    @Test
    void aStartOnAHolidayCountsFromTheNextWorkingMorning() {
        // Monday 5 October is 国庆; counting starts Thursday 8 October 08:30.
        assertThat(calendar.addBusinessTime(shanghai("2026-10-05T10:00"), Duration.ofHours(3)))
                .isEqualTo(shanghai("2026-10-08T11:30"));
    }

    @Test
    void aStartBeforeOpeningCountsFromOpening() {
        assertThat(calendar.addBusinessTime(shanghai("2026-03-17T07:00"), Duration.ofHours(1)))
                .isEqualTo(shanghai("2026-03-17T09:30"));
        assertThat(calendar.addBusinessTime(shanghai("2026-03-17T08:30"), Duration.ofHours(1)))
                .isEqualTo(shanghai("2026-03-17T09:30"));
    }

    @Test
    void aStartAtOrAfterClosingCountsFromTheNextOpening() {
        assertThat(calendar.addBusinessTime(shanghai("2026-03-17T18:00"), Duration.ofHours(1)))
                .isEqualTo(shanghai("2026-03-18T09:30"));
        assertThat(calendar.addBusinessTime(shanghai("2026-03-17T17:00"), Duration.ofHours(1)))
                .isEqualTo(shanghai("2026-03-18T09:30"));
    }

    @Test
    void aDeadlineReachingClosingExactlyStaysAtClosing() {
        assertThat(calendar.addBusinessTime(shanghai("2026-03-17T15:00"), Duration.ofHours(2)))
                .isEqualTo(shanghai("2026-03-17T17:00"));
        assertThat(calendar.addBusinessTime(shanghai("2026-03-13T14:00"), Duration.ofHours(3)))
                .as("Friday: closing, not Monday morning")
                .isEqualTo(shanghai("2026-03-13T17:00"));
        assertThat(calendar.addBusinessTime(shanghai("2026-03-17T06:00"), Duration.ofMinutes(8 * 60 + 30)))
                .as("a whole working day")
                .isEqualTo(shanghai("2026-03-17T17:00"));
    }

    @Test
    void addingNothingReturnsTheStart() {
        Instant saturdayNight = shanghai("2026-03-14T23:00");

        assertThat(calendar.addBusinessTime(saturdayNight, Duration.ZERO)).isEqualTo(saturdayNight);
    }

    @Test
    void twentyFourHoursInCalendarAndInBusinessTimeAcrossAWeekend() {
        Instant fridayAfternoon = shanghai("2026-03-13T16:00");
        Duration day = Duration.ofHours(24);

        assertThat(calendar.addCalendarTime(fridayAfternoon, day)).isEqualTo(shanghai("2026-03-14T16:00"));
        // Friday 1 h, Monday 8.5 h, Tuesday 8.5 h = 18 h; the last 6 h run Wednesday 08:30–14:30.
        assertThat(calendar.addBusinessTime(fridayAfternoon, day)).isEqualTo(shanghai("2026-03-18T14:30"));
    }

    @Test
    void aYearWithoutHolidaysCountsWeekendsOnlyAndWarns() {
        try (CapturedWarnings warnings = new CapturedWarnings()) {
            // 1 October 2030 is a Tuesday: a working day until the 2030 block is added.
            assertThat(calendar.isWorkingDay(LocalDate.of(2030, 10, 1))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2030, 10, 5))).as("Saturday").isFalse();
            assertThat(calendar.addBusinessTime(shanghai("2030-09-30T16:00"), Duration.ofHours(2)))
                    .isEqualTo(shanghai("2030-10-01T09:30"));

            assertThat(warnings.messages()).singleElement().asString().contains("2030");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "America/New_York", "America/Los_Angeles", "Pacific/Kiritimati"})
    void theServerTimeZoneDoesNotChangeResults(String serverZone) {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(serverZone));
            BusinessCalendar underServerZone = new BusinessCalendar(
                    HolidayCalendar.load(CalendarProperties.DEFAULT_HOLIDAYS_LOCATION), CalendarProperties.defaults());

            assertThat(underServerZone.addBusinessTime(shanghai("2026-09-30T16:00"), Duration.ofHours(2)))
                    .isEqualTo(shanghai("2026-10-08T09:30"));
            assertThat(underServerZone.addBusinessTime(shanghai("2026-03-13T16:00"), Duration.ofHours(2)))
                    .isEqualTo(shanghai("2026-03-16T09:30"));
            // 07:00 in Shanghai is still the previous evening in the Americas.
            assertThat(underServerZone.addBusinessTime(shanghai("2026-03-17T07:00"), Duration.ofHours(1)))
                    .isEqualTo(shanghai("2026-03-17T09:30"));
            assertThat(underServerZone.businessTimeBetween(shanghai("2026-03-13T16:00"), shanghai("2026-03-16T09:30")))
                    .isEqualTo(Duration.ofHours(2));
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void theConfiguredZoneAndHoursAreTheOnesUsed() {
        BusinessCalendar utcNineToSix = new BusinessCalendar(HOLIDAYS_2026, new CalendarProperties(
                ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(18, 0), CalendarProperties.DEFAULT_HOLIDAYS_LOCATION));

        assertThat(utcNineToSix.addBusinessTime(Instant.parse("2026-03-13T17:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-03-16T10:00:00Z"));
    }

    @Test
    void businessTimeBetweenCountsOnlyWorkingHours() {
        assertThat(calendar.businessTimeBetween(shanghai("2026-09-30T16:00"), shanghai("2026-10-08T09:30")))
                .isEqualTo(Duration.ofHours(2));
        // An ordinary week, Monday to Monday: 5 × 8.5 h.
        assertThat(calendar.businessTimeBetween(shanghai("2026-03-16T00:00"), shanghai("2026-03-23T00:00")))
                .isEqualTo(Duration.ofMinutes(42 * 60 + 30));
        // The 国庆 fortnight: 28–30 September, 8–9 October and make-up Saturday 10 October, 6 × 8.5 h.
        assertThat(calendar.businessTimeBetween(shanghai("2026-09-28T00:00"), shanghai("2026-10-12T00:00")))
                .isEqualTo(Duration.ofHours(51));
        assertThat(calendar.businessTimeBetween(shanghai("2026-03-14T10:00"), shanghai("2026-03-15T18:00")))
                .as("a weekend").isZero();
    }

    @Test
    void businessTimeBetweenIsZeroWhenTheEndIsNotAfterTheStart() {
        Instant tuesdayMorning = shanghai("2026-03-17T10:00");

        assertThat(calendar.businessTimeBetween(tuesdayMorning, tuesdayMorning)).isZero();
        assertThat(calendar.businessTimeBetween(tuesdayMorning, tuesdayMorning.minusSeconds(3600))).isZero();
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("startsAndDurations")
    void businessTimeBetweenUndoesAddBusinessTime(Instant start, Duration duration) {
        Instant due = calendar.addBusinessTime(start, duration);

        assertThat(calendar.businessTimeBetween(start, due)).isEqualTo(duration);
    }

    static Stream<Arguments> startsAndDurations() {
        Stream<Instant> starts = Stream.of(
                shanghai("2026-03-13T16:00"),   // Friday afternoon
                shanghai("2026-03-14T10:00"),   // Saturday
                shanghai("2026-03-17T07:00"),   // before opening
                shanghai("2026-03-17T17:00"),   // at closing
                shanghai("2026-09-30T16:00"),   // eve of 国庆
                shanghai("2026-10-05T10:00"),   // on a holiday
                shanghai("2026-02-14T12:00"),   // make-up Saturday
                shanghai("2026-12-31T16:00"));  // into 2027, not configured yet
        return starts.flatMap(start -> Stream.of(
                        Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofMinutes(8 * 60 + 30),
                        Duration.ofHours(24), Duration.ofHours(100), Duration.ofDays(7))
                .map(duration -> Arguments.of(start, duration)));
    }

    @Test
    void negativeDurationsAreRefused() {
        Instant start = shanghai("2026-03-17T10:00");

        assertThatThrownBy(() -> calendar.addBusinessTime(start, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.addCalendarTime(start, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
