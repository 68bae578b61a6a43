package org.parceldesk.sla;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ByteArrayResource;

class HolidayCalendarTest {

    private final HolidayCalendar shipped = HolidayCalendar.load(CalendarProperties.DEFAULT_HOLIDAYS_LOCATION);
    private CapturedWarnings warnings;

    @BeforeEach
    void captureWarnings() {
        warnings = new CapturedWarnings();
    }

    @AfterEach
    void releaseWarnings() {
        warnings.close();
    }

    @Test
    void nationalDay2026IsSevenDaysOffWithBothEndsIncluded() {
        assertThat(shipped.dayType(LocalDate.of(2026, 9, 30))).isEqualTo(DayType.NORMAL);
        assertThat(shipped.dayType(LocalDate.of(2026, 10, 1))).isEqualTo(DayType.PUBLIC_HOLIDAY);
        assertThat(shipped.dayType(LocalDate.of(2026, 10, 7))).isEqualTo(DayType.PUBLIC_HOLIDAY);
        assertThat(shipped.dayType(LocalDate.of(2026, 10, 8))).isEqualTo(DayType.NORMAL);
        assertThat(shipped.occasion(LocalDate.of(2026, 10, 4))).hasValue("国庆节 National Day");
    }

    @Test
    void shipped2026HasTheThirtyThreeDaysOffOfTheNotice() {
        // 元旦 3 + 春节 9 + 清明 3 + 劳动节 5 + 端午 3 + 中秋 3 + 国庆 7
        long daysOff = LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1))
                .filter(day -> shipped.dayType(day) == DayType.PUBLIC_HOLIDAY)
                .count();

        assertThat(daysOff).isEqualTo(33);
        assertThat(shipped.dayType(LocalDate.of(2026, 2, 15))).isEqualTo(DayType.PUBLIC_HOLIDAY);
        assertThat(shipped.dayType(LocalDate.of(2026, 2, 23))).isEqualTo(DayType.PUBLIC_HOLIDAY);
        assertThat(shipped.occasion(LocalDate.of(2026, 2, 23))).hasValue("春节 Spring Festival");
    }

    @Test
    void shipped2026HasTheSixMakeUpWorkingDaysOfTheNotice() {
        Stream<LocalDate> makeUpDays = LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1))
                .filter(day -> shipped.dayType(day) == DayType.MAKE_UP_WORKING_DAY);

        assertThat(makeUpDays).containsExactly(
                LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
        assertThat(shipped.occasion(LocalDate.of(2026, 10, 10))).hasValue("国庆节 National Day");
    }

    @Test
    void anOrdinaryDayHasNoOccasion() {
        assertThat(shipped.dayType(LocalDate.of(2026, 3, 14))).isEqualTo(DayType.NORMAL); // a Saturday
        assertThat(shipped.occasion(LocalDate.of(2026, 3, 14))).isEmpty();
        assertThat(shipped.configuredYears()).contains(2026); // later years are added each November
        assertThat(warnings.messages()).isEmpty();
    }

    @Test
    void aYearWithoutABlockIsNormalAndWarnsOncePerYear() {
        LocalDate nationalDay2030 = LocalDate.of(2030, 10, 1);

        assertThat(shipped.dayType(nationalDay2030)).isEqualTo(DayType.NORMAL);
        assertThat(shipped.dayType(nationalDay2030.plusDays(1))).isEqualTo(DayType.NORMAL);
        assertThat(shipped.dayType(LocalDate.of(2030, 1, 1))).isEqualTo(DayType.NORMAL);
        assertThat(shipped.dayType(LocalDate.of(2025, 10, 1))).isEqualTo(DayType.NORMAL);
        assertThat(shipped.dayType(LocalDate.of(2025, 10, 2))).isEqualTo(DayType.NORMAL);

        assertThat(warnings.messages()).hasSize(2);
        assertThat(warnings.messages().get(0)).contains("2030", "holidays-cn.yaml");
        assertThat(warnings.messages().get(1)).contains("2025");
    }

    @Test
    void loadsFromAFileLocation(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("holidays.yaml");
        Files.writeString(file, """
                2027:
                  holidays:
                    - { from: 2027-10-01, to: 2027-10-07, name: "国庆节 National Day" }
                  make-up-working-days:
                    - { date: 2027-09-26, name: "国庆节 National Day" }
                """, UTF_8);

        HolidayCalendar calendar = HolidayCalendar.load("file:" + file.toAbsolutePath());

        assertThat(calendar.configuredYears()).containsExactly(2027);
        assertThat(calendar.dayType(LocalDate.of(2027, 10, 7))).isEqualTo(DayType.PUBLIC_HOLIDAY);
        assertThat(calendar.dayType(LocalDate.of(2027, 9, 26))).isEqualTo(DayType.MAKE_UP_WORKING_DAY);
    }

    @Test
    void aMissingFileIsRefused() {
        assertThatThrownBy(() -> HolidayCalendar.load("classpath:calendar/no-such-file.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not found")
                .hasMessageContaining("no-such-file.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeInTheFileIsRefusedWithItsPlace(String mistake, String yaml, String expectedMessage) {
        ByteArrayResource file = new ByteArrayResource(yaml.getBytes(UTF_8), "test calendar");

        assertThatThrownBy(() -> HolidayCalendar.load(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test calendar")
                .hasMessageContaining(expectedMessage);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("range ends before it starts", """
                        2026:
                          holidays:
                            - { from: 2026-10-07, to: 2026-10-01, name: "国庆节" }
                        """, "year 2026 holidays #1: 'to' 2026-10-01 is before 'from' 2026-10-07"),
                Arguments.of("make-up day on a weekday", """
                        2026:
                          holidays:
                            - { from: 2026-10-01, to: 2026-10-07, name: "国庆节" }
                          make-up-working-days:
                            - { date: 2026-10-09, name: "国庆节" }
                        """, "make-up-working-days #1: 2026-10-09 is a FRIDAY"),
                Arguments.of("date listed twice", """
                        2026:
                          holidays:
                            - { from: 2026-10-01, to: 2026-10-07, name: "国庆节" }
                            - { from: 2026-10-07, to: 2026-10-08, name: "typo" }
                        """, "holidays #2: 2026-10-07 is already listed for 国庆节"),
                Arguments.of("holiday also a make-up day", """
                        2026:
                          holidays:
                            - { from: 2026-10-01, to: 2026-10-07, name: "国庆节" }
                          make-up-working-days:
                            - { date: 2026-10-03, name: "国庆节" }
                        """, "2026-10-03 is already listed"),
                Arguments.of("misspelt key", """
                        2026:
                          holidays:
                            - { from: 2026-10-01, to: 2026-10-07, name: "国庆节" }
                          makeup-working-days:
                            - { date: 2026-10-10, name: "国庆节" }
                        """, "unknown key 'makeup-working-days'"),
                Arguments.of("date in the wrong year", """
                        2026:
                          holidays:
                            - { from: 2062-10-01, to: 2062-10-07, name: "国庆节" }
                        """, "'from' 2062-10-01 is too far from 2026"),
                Arguments.of("not a date", """
                        2026:
                          holidays:
                            - { from: 2026-10-1, to: 2026-10-07, name: "国庆节" }
                        """, "'from' must be a date like 2026-10-01, found '2026-10-1'"),
                Arguments.of("missing name", """
                        2026:
                          holidays:
                            - { from: 2026-10-01, to: 2026-10-07 }
                        """, "'name' is missing"),
                Arguments.of("placeholder year", """
                        2026:
                          holidays: []
                        """, "year 2026: 'holidays' must list the year's holidays"),
                Arguments.of("year pasted twice", """
                        2026:
                          holidays:
                            - { from: 2026-10-01, to: 2026-10-07, name: "国庆节" }
                        2026:
                          holidays:
                            - { from: 2026-05-01, to: 2026-05-05, name: "劳动节" }
                        """, "duplicate key 2026"),
                Arguments.of("not a year", """
                        twenty-six:
                          holidays:
                            - { from: 2026-10-01, to: 2026-10-07, name: "国庆节" }
                        """, "expected a year such as 2026, found 'twenty-six'"));
    }
}
