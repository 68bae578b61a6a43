package org.parceldesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parceldesk.sla.SlaTesting.newCaseNo;
import static org.parceldesk.sla.SlaTesting.shanghai;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SLA clocks against the shipped SLA definitions and 2026 holiday file. Expected instants are worked
 * out by hand from a wall calendar (working day 08:30–17:00 = 8 h 30 min); the comments show how.
 */
@ParcelDeskTest
class SlaClockServiceTest {

    private static final String FIRST_CONTACT = "complaint-first-contact";                // 24 h calendar
    private static final String REGULATOR_FIRST_CONTACT = "complaint-first-contact-regulator"; // 2 h business
    private static final String RESOLUTION = "complaint-resolution";                       // 7 d calendar
    private static final String INTERNAL_TARGET = "complaint-internal-target";             // 3 d calendar, 双11 +1 d

    @Autowired
    SlaClockService clocks;
    @Autowired
    SlaClockRepository repository;
    @Autowired
    SlaDefinitions definitions;
    @Autowired
    SlaSchedule schedule;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final String caseNo = newCaseNo();

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    private SlaClock startAt(String localTime, String sla) {
        EngineClock.setNow(shanghai(localTime));
        return clocks.start(caseNo, sla);
    }

    @Test
    void aBusinessSlaStartedOnFridayAfternoonIsDueOnMondayMorning() {
        // Friday 16:00–17:00 is one hour; the second hour is Monday 08:30–09:30; the warning at 1.5 h, 09:00.
        SlaClock clock = startAt("2026-03-13T16:00", REGULATOR_FIRST_CONTACT);

        assertThat(clock.getMode()).isEqualTo(SlaMode.BUSINESS);
        assertThat(clock.getDueAt()).isEqualTo(shanghai("2026-03-16T09:30"));
        assertThat(clock.getWarningAt()).isEqualTo(shanghai("2026-03-16T09:00"));
    }

    @Test
    void aCalendarSlaCountsTheWeekendABusinessSlaDoesNot() {
        SlaClock calendarTime = startAt("2026-03-13T16:00", FIRST_CONTACT);
        SlaClock businessTime = clocks.start(caseNo, REGULATOR_FIRST_CONTACT);

        assertThat(calendarTime.getDueAt()).as("24 h later, a Saturday").isEqualTo(shanghai("2026-03-14T16:00"));
        assertThat(calendarTime.getWarningAt()).as("18 h later").isEqualTo(shanghai("2026-03-14T10:00"));
        assertThat(businessTime.getDueAt()).isEqualTo(shanghai("2026-03-16T09:30"));
    }

    @Test
    void aBusinessSlaOverNationalDayWaitsForTheEighthOfOctober() {
        // Wednesday 30 September 16:00–17:00, 1–7 October are off, then Thursday 8 October 08:30–09:30.
        SlaClock clock = startAt("2026-09-30T16:00", REGULATOR_FIRST_CONTACT);

        assertThat(clock.getDueAt()).isEqualTo(shanghai("2026-10-08T09:30"));
        assertThat(clock.getWarningAt()).isEqualTo(shanghai("2026-10-08T09:00"));
    }

    @Test
    void aBusinessSlaRunsOnTheMakeUpSaturdayAfterNationalDay() {
        // Friday 9 October 16:30–17:00 is half an hour; Saturday 10 October is a 调休 working day: 08:30–10:00.
        SlaClock clock = startAt("2026-10-09T16:30", REGULATOR_FIRST_CONTACT);

        assertThat(clock.getDueAt()).isEqualTo(shanghai("2026-10-10T10:00"));
        assertThat(clock.getWarningAt()).isEqualTo(shanghai("2026-10-10T09:30"));
    }

    @Test
    void aCalendarSlaIgnoresNationalDay() {
        SlaClock clock = startAt("2026-09-30T16:00", RESOLUTION);

        assertThat(clock.getDueAt()).isEqualTo(shanghai("2026-10-07T16:00"));
        // 75 % of 168 h = 126 h = 5 d 6 h
        assertThat(clock.getWarningAt()).isEqualTo(shanghai("2026-10-05T22:00"));
    }

    @Test
    void aBusinessPauseAcrossNationalDayCountsOnlyTheWorkingHoursOfThePause() {
        startAt("2026-09-30T15:00", REGULATOR_FIRST_CONTACT);
        assertThat(clocks.dueAt(caseNo, REGULATOR_FIRST_CONTACT)).hasValue(shanghai("2026-09-30T17:00"));

        EngineClock.setNow(shanghai("2026-09-30T16:00")); // one hour used
        SlaClock paused = clocks.pause(caseNo, REGULATOR_FIRST_CONTACT);
        assertThat(paused.isPaused()).isTrue();
        assertThat(paused.getPausedAt()).isEqualTo(shanghai("2026-09-30T16:00"));

        EngineClock.setNow(shanghai("2026-10-08T10:00"));
        SlaClock resumed = clocks.resume(caseNo, REGULATOR_FIRST_CONTACT);

        // paused 30 Sep 16:00–17:00 and 8 Oct 08:30–10:00 of working time; one hour is left from 10:00
        assertThat(resumed.isPaused()).isFalse();
        assertThat(resumed.getPausedTotal()).isEqualTo(Duration.ofMinutes(150));
        assertThat(resumed.getDueAt()).isEqualTo(shanghai("2026-10-08T11:00"));
        assertThat(resumed.getWarningAt()).isEqualTo(shanghai("2026-10-08T10:30"));
    }

    @Test
    void aCalendarPauseAcrossNationalDayCountsEveryHourOfThePause() {
        startAt("2026-09-28T10:00", RESOLUTION);
        EngineClock.setNow(shanghai("2026-09-30T10:00"));
        clocks.pause(caseNo, RESOLUTION);
        EngineClock.setNow(shanghai("2026-10-08T10:00"));

        SlaClock resumed = clocks.resume(caseNo, RESOLUTION);

        // 7 days + 8 days paused from 28 September; the warning 126 h + 192 h after the start
        assertThat(resumed.getPausedTotal()).isEqualTo(Duration.ofDays(8));
        assertThat(resumed.getDueAt()).isEqualTo(shanghai("2026-10-13T10:00"));
        assertThat(resumed.getWarningAt()).isEqualTo(shanghai("2026-10-11T16:00"));
    }

    @Test
    void twoPausesAddUp() {
        startAt("2026-03-16T10:00", FIRST_CONTACT);
        EngineClock.setNow(shanghai("2026-03-16T11:00"));
        clocks.pause(caseNo, FIRST_CONTACT);
        EngineClock.setNow(shanghai("2026-03-16T13:00"));
        clocks.resume(caseNo, FIRST_CONTACT);
        EngineClock.setNow(shanghai("2026-03-16T14:00"));
        clocks.pause(caseNo, FIRST_CONTACT);
        EngineClock.setNow(shanghai("2026-03-16T17:00"));

        SlaClock resumed = clocks.resume(caseNo, FIRST_CONTACT);

        assertThat(resumed.getPausedTotal()).isEqualTo(Duration.ofHours(5));
        assertThat(resumed.getDueAt()).isEqualTo(shanghai("2026-03-17T15:00"));
    }

    @Test
    void startingAgainChangesNothing() {
        SlaClock first = startAt("2026-03-16T10:00", RESOLUTION);
        EngineClock.setNow(shanghai("2026-03-18T10:00"));

        SlaClock again = clocks.start(caseNo, RESOLUTION);

        assertThat(again.getStartedAt()).isEqualTo(first.getStartedAt());
        assertThat(again.getDueAt()).isEqualTo(shanghai("2026-03-23T10:00"));
        assertThat(clocks.findByCase(caseNo)).hasSize(1);
    }

    @Test
    void pausingTwiceOrResumingARunningClockChangesNothing() {
        startAt("2026-03-16T10:00", RESOLUTION);
        assertThat(clocks.resume(caseNo, RESOLUTION).getDueAt()).isEqualTo(shanghai("2026-03-23T10:00"));

        EngineClock.setNow(shanghai("2026-03-16T11:00"));
        clocks.pause(caseNo, RESOLUTION);
        EngineClock.setNow(shanghai("2026-03-16T12:00"));
        assertThat(clocks.pause(caseNo, RESOLUTION).getPausedAt()).isEqualTo(shanghai("2026-03-16T11:00"));
        EngineClock.setNow(shanghai("2026-03-16T13:00"));

        assertThat(clocks.resume(caseNo, RESOLUTION).getDueAt()).isEqualTo(shanghai("2026-03-23T12:00"));
        assertThat(clocks.resume(caseNo, RESOLUTION).getDueAt()).isEqualTo(shanghai("2026-03-23T12:00"));
    }

    @Test
    void aStoppedClockStaysStoppedAndAPauseInProgressIsClosed() {
        startAt("2026-03-16T10:00", RESOLUTION);
        EngineClock.setNow(shanghai("2026-03-16T11:00"));
        clocks.pause(caseNo, RESOLUTION);
        EngineClock.setNow(shanghai("2026-03-16T15:00"));

        SlaClock stopped = clocks.stop(caseNo, RESOLUTION).orElseThrow();
        assertThat(stopped.isStopped()).isTrue();
        assertThat(stopped.getStoppedAt()).isEqualTo(shanghai("2026-03-16T15:00"));
        assertThat(stopped.isPaused()).isFalse();
        assertThat(stopped.getPausedTotal()).isEqualTo(Duration.ofHours(4));

        EngineClock.setNow(shanghai("2026-03-17T09:00"));
        assertThat(clocks.stop(caseNo, RESOLUTION).orElseThrow().getStoppedAt()).isEqualTo(shanghai("2026-03-16T15:00"));
        assertThat(clocks.pause(caseNo, RESOLUTION).isPaused()).isFalse();
        assertThat(clocks.resume(caseNo, RESOLUTION).getDueAt()).isEqualTo(shanghai("2026-03-23T14:00"));
    }

    @Test
    void pausingOrResumingAClockNeverStartedIsAnErrorStoppingItIsNot() {
        assertThatThrownBy(() -> clocks.pause(caseNo, RESOLUTION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(caseNo).hasMessageContaining("'complaint-resolution'")
                .hasMessageContaining("never started");
        assertThatThrownBy(() -> clocks.resume(caseNo, RESOLUTION)).isInstanceOf(IllegalStateException.class);
        assertThat(clocks.stop(caseNo, RESOLUTION)).isEmpty();
        assertThat(clocks.find(caseNo, RESOLUTION)).isEmpty();
        assertThat(clocks.dueAt(caseNo, RESOLUTION)).isEmpty();
    }

    @Test
    void restartingAStoppedClockStartsAFreshOne() {
        startAt("2026-03-16T10:00", "complaint-customer-wait");
        EngineClock.setNow(shanghai("2026-03-17T10:00"));
        clocks.pause(caseNo, "complaint-customer-wait");
        clocks.stop(caseNo, "complaint-customer-wait");
        EngineClock.setNow(shanghai("2026-03-20T09:00"));

        SlaClock restarted = clocks.restart(caseNo, "complaint-customer-wait");

        assertThat(restarted.isStopped()).isFalse();
        assertThat(restarted.isPaused()).isFalse();
        assertThat(restarted.getPausedTotal()).isZero();
        assertThat(restarted.getStartedAt()).isEqualTo(shanghai("2026-03-20T09:00"));
        assertThat(restarted.getDueAt()).isEqualTo(shanghai("2026-03-27T09:00"));
        assertThat(clocks.findByCase(caseNo)).hasSize(1);
    }

    @Test
    void aPeakSeasonExtendsOnlyClocksStartedInsideItsWindow() {
        // 双11 2026 (10–20 November, Shanghai) gives the 3-day internal target one more day.
        SlaClock before = startAt("2026-11-09T23:59:59", INTERNAL_TARGET);
        String firstDayCase = newCaseNo();
        EngineClock.setNow(shanghai("2026-11-10T00:00"));
        SlaClock firstDay = clocks.start(firstDayCase, INTERNAL_TARGET);
        String lastSecondCase = newCaseNo();
        EngineClock.setNow(shanghai("2026-11-20T23:59:59"));
        SlaClock lastSecond = clocks.start(lastSecondCase, INTERNAL_TARGET);
        String afterCase = newCaseNo();
        EngineClock.setNow(shanghai("2026-11-21T00:00"));
        SlaClock after = clocks.start(afterCase, INTERNAL_TARGET);

        assertThat(before.getDueAt()).as("started the night before, runs into the window: not extended")
                .isEqualTo(shanghai("2026-11-12T23:59:59"));
        assertThat(before.getPeakExtension()).isZero();
        assertThat(firstDay.getDueAt()).isEqualTo(shanghai("2026-11-14T00:00"));
        assertThat(firstDay.getPeakSeason()).isEqualTo("双11 2026");
        assertThat(lastSecond.getDueAt()).isEqualTo(shanghai("2026-11-24T23:59:59"));
        assertThat(lastSecond.getWarningAt()).as("75 % of 4 days").isEqualTo(shanghai("2026-11-23T23:59:59"));
        assertThat(after.getDueAt()).isEqualTo(shanghai("2026-11-24T00:00"));
        assertThat(after.getPeakExtension()).isZero();
    }

    @Test
    void aPeakSeasonNeverExtendsTheResolutionPromisedToTheCustomer() {
        SlaClock resolution = startAt("2026-11-11T10:00", RESOLUTION);

        assertThat(resolution.getDueAt()).isEqualTo(shanghai("2026-11-18T10:00"));
        assertThat(resolution.getPeakSeason()).isNull();
    }

    @Test
    void aPeakExtensionSurvivesAPauseAndResumeAfterTheWindowCloses() {
        startAt("2026-11-20T10:00", INTERNAL_TARGET);
        EngineClock.setNow(shanghai("2026-11-21T10:00"));
        clocks.pause(caseNo, INTERNAL_TARGET);
        EngineClock.setNow(shanghai("2026-11-22T10:00"));

        SlaClock resumed = clocks.resume(caseNo, INTERNAL_TARGET);

        // 3 d + 1 d peak + 1 d paused
        assertThat(resumed.getDueAt()).isEqualTo(shanghai("2026-11-25T10:00"));
    }

    @Test
    void theClockIsInTheDatabaseForAnotherNodeOrAfterARestart() {
        startAt("2026-09-30T15:00", REGULATOR_FIRST_CONTACT);
        EngineClock.setNow(shanghai("2026-09-30T16:00"));
        clocks.pause(caseNo, REGULATOR_FIRST_CONTACT);

        // the row as stored, in UTC
        Map<String, Object> row = jdbc.queryForMap(
                "select mode, started_at, paused_at, due_at, warning_at, stopped_at, paused_total, duration_seconds"
                        + " from sla_clock where case_no = ? and sla_name = ?", caseNo, REGULATOR_FIRST_CONTACT);
        assertThat(row.get("mode")).isEqualTo("BUSINESS");
        assertThat(utc(row.get("started_at"))).isEqualTo(Instant.parse("2026-09-30T07:00:00Z"));
        assertThat(utc(row.get("paused_at"))).isEqualTo(Instant.parse("2026-09-30T08:00:00Z"));
        assertThat(utc(row.get("due_at"))).isEqualTo(Instant.parse("2026-09-30T09:00:00Z"));
        assertThat(row.get("stopped_at")).isNull();
        assertThat(((Number) row.get("duration_seconds")).longValue()).isEqualTo(7200);

        // a freshly built service, as on another node, reads the same clock and resumes it
        SlaClockService otherNode = new SlaClockService(repository, definitions, schedule, calendar, clock);
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        SlaClock read = inTransaction.execute(status -> otherNode.find(caseNo, REGULATOR_FIRST_CONTACT).orElseThrow());
        assertThat(read.isPaused()).isTrue();
        assertThat(read.getStartedAt()).isEqualTo(shanghai("2026-09-30T15:00"));
        EngineClock.setNow(shanghai("2026-10-08T10:00"));
        inTransaction.executeWithoutResult(status -> otherNode.resume(caseNo, REGULATOR_FIRST_CONTACT));

        assertThat(clocks.dueAt(caseNo, REGULATOR_FIRST_CONTACT)).hasValue(shanghai("2026-10-08T11:00"));
        assertThat(clocks.find(caseNo, REGULATOR_FIRST_CONTACT).orElseThrow().getVersion())
                .as("started, paused, resumed").isEqualTo(2);
    }

    @Test
    void anUnknownSlaNameIsAClearError() {
        EngineClock.setNow(shanghai("2026-03-16T10:00"));

        assertThatThrownBy(() -> clocks.start(caseNo, "complaint-resoluton"))
                .isInstanceOf(UnknownSlaException.class)
                .hasMessageContaining("Unknown SLA 'complaint-resoluton'")
                .hasMessageContaining("complaint-resolution");
        assertThatThrownBy(() -> clocks.find(caseNo, "complaint-resoluton")).isInstanceOf(UnknownSlaException.class);
        assertThatThrownBy(() -> clocks.pause(caseNo, "complaint-resoluton")).isInstanceOf(UnknownSlaException.class);
        assertThat(clocks.findByCase(caseNo)).isEmpty();
    }

    private Instant utc(Object timestamp) {
        // hibernate.jdbc.time_zone=UTC: the column holds UTC wall time; JDBC hands it back in the JVM's zone
        return ((Timestamp) timestamp).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
    }
}
