package org.parceldesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parceldesk.common.ApiProblem;

/** Weeks, months and ranges in Beijing time; format negotiation; the percentile. */
class ReportPeriodTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void anIsoWeekRunsFromMondayMidnightToSundayMidnightBeijingTime() {
        ReportPeriod week = ReportPeriod.week("2026-W48", "week", BEIJING);
        assertThat(week.firstDay()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(week.lastDay()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(week.from()).isEqualTo(Instant.parse("2026-11-22T16:00:00Z"));
        assertThat(week.to()).isEqualTo(Instant.parse("2026-11-29T16:00:00Z"));
        assertThat(week.previousWeek().label()).isEqualTo("2026-W47");
        // week 1 of 2027 starts on Monday 2027-01-04; 2026 has 53 ISO weeks, 2027 only 52
        assertThat(ReportPeriod.week("2027-W01", "week", BEIJING).firstDay()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(ReportPeriod.week("2027-W01", "week", BEIJING).previousWeek().label()).isEqualTo("2026-W53");
        assertThatThrownBy(() -> ReportPeriod.week("2027-W53", "week", BEIJING)).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> ReportPeriod.week("2026-48", "week", BEIJING))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors().get(0).field()).isEqualTo("week"));
    }

    @Test
    void aMonthIsTheCalendarMonthInBeijingTime() {
        ReportPeriod month = ReportPeriod.month("2026-11", "month", BEIJING);
        assertThat(month.from()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(month.to()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThatThrownBy(() -> ReportPeriod.month("2026-13", "month", BEIJING)).isInstanceOf(ApiProblem.class);
    }

    @Test
    void aRangeIncludesBothDaysAndHasALimit() {
        ReportPeriod range = ReportPeriod.days("2026-11-01", "2026-11-30", 366, BEIJING);
        assertThat(range.days()).isEqualTo(30);
        assertThat(ReportPeriod.days("2026-01-01", "2026-12-31", 365, BEIJING).days()).isEqualTo(365);
        assertThatThrownBy(() -> ReportPeriod.days("2026-01-01", "2027-01-01", 365, BEIJING))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors().get(0).field()).isEqualTo("to"));
        assertThatThrownBy(() -> ReportPeriod.days("2026-11-02", "2026-11-01", 366, BEIJING)).isInstanceOf(ApiProblem.class);
    }

    @Test
    void theFormatParameterWinsOverAcceptAndWildcardsMeanJson() {
        assertThat(ReportFormat.choose("XLSX", "text/csv")).isEqualTo(ReportFormat.XLSX);
        assertThat(ReportFormat.choose(null, "text/csv")).isEqualTo(ReportFormat.CSV);
        assertThat(ReportFormat.choose(null,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).isEqualTo(ReportFormat.XLSX);
        assertThat(ReportFormat.choose(null, "application/*")).isEqualTo(ReportFormat.JSON);
        assertThat(ReportFormat.choose(null, "*/*")).isEqualTo(ReportFormat.JSON);
        assertThat(ReportFormat.choose(null, "text/html,text/csv;q=0.5")).isEqualTo(ReportFormat.CSV);
        assertThat(ReportFormat.choose(null, null)).isEqualTo(ReportFormat.JSON);
        assertThatThrownBy(() -> ReportFormat.choose("pdf", null))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors().get(0).field()).isEqualTo("format"));
    }

    @Test
    void theNinetiethPercentileIsTheNearestRank() {
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        List<Instant[]> pairs = new java.util.ArrayList<>();
        for (int hours = 1; hours <= 10; hours++) {
            pairs.add(new Instant[] {start, start.plusSeconds(3600L * hours)});
        }
        Durations durations = Durations.between(pairs);
        assertThat(durations.p90Hours()).isEqualByComparingTo("9.0");
        assertThat(durations.averageHours()).isEqualByComparingTo("5.5");
        assertThat(Durations.between(List.of()).p90Hours()).isNull();
    }
}
