package org.parceldesk.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.parceldesk.sla.SlaClock.Terms;
import org.parceldesk.sla.SlaDefinitions.Definition;
import org.parceldesk.sla.SlaDefinitions.PeakSeason;
import org.parceldesk.sla.SlaSchedule.Deadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, pauses, resumes and stops SLA clocks, one per case number and SLA name, kept in the
 * database so that every node and a restarted application see the same deadlines.
 *
 * <p>Every method joins the caller's transaction (the engine step, when called from a process), so
 * a clock change commits or rolls back with the step. Times are whole seconds, as MySQL's
 * {@code datetime} keeps them. Every method refuses an SLA name that is not configured
 * ({@link UnknownSlaException}).
 */
@Service
@Transactional
public class SlaClockService {

    private static final Logger log = LoggerFactory.getLogger(SlaClockService.class);

    private final SlaClockRepository clocks;
    private final SlaDefinitions definitions;
    private final SlaSchedule schedule;
    private final BusinessCalendar calendar;
    private final Clock clock;

    SlaClockService(SlaClockRepository clocks, SlaDefinitions definitions, SlaSchedule schedule,
                    BusinessCalendar calendar, Clock clock) {
        this.clocks = clocks;
        this.definitions = definitions;
        this.schedule = schedule;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Starts the clock now, with the SLA's configured terms and the extension of a peak season that
     * includes today. Idempotent: a clock that exists already (running, paused or stopped) is
     * returned unchanged.
     */
    public SlaClock start(String caseNo, String slaName) {
        requireCaseNo(caseNo);
        Definition definition = definitions.definition(slaName);
        return clocks.findByCaseNoAndSlaName(caseNo, slaName).orElseGet(() -> {
            Instant now = now();
            SlaClock started = new SlaClock(caseNo, slaName, terms(slaName, definition, now), now);
            reschedule(started);
            log.debug("Started {}", started);
            return clocks.save(started);
        });
    }

    /**
     * Starts the clock afresh for an SLA that can run more than once per case (a second wait for the
     * customer, a second survey): pauses and the stop are forgotten and today's terms apply. Starts
     * it if it never ran. Events already recorded for the case and SLA stay recorded.
     */
    public SlaClock restart(String caseNo, String slaName) {
        requireCaseNo(caseNo);
        Definition definition = definitions.definition(slaName);
        Optional<SlaClock> existing = clocks.findByCaseNoAndSlaName(caseNo, slaName);
        if (existing.isEmpty()) {
            return start(caseNo, slaName);
        }
        SlaClock restarted = existing.get();
        Instant now = now();
        restarted.restartAt(now, terms(slaName, definition, now));
        reschedule(restarted);
        log.debug("Restarted {}", restarted);
        return restarted;
    }

    /**
     * Stops the clock from counting (waiting for the customer). Pausing a paused or stopped clock
     * changes nothing.
     *
     * @throws IllegalStateException if the clock was never started
     */
    public SlaClock pause(String caseNo, String slaName) {
        SlaClock paused = require(caseNo, slaName, "paused");
        if (!paused.isPaused() && !paused.isStopped()) {
            paused.pauseAt(now());
        }
        return paused;
    }

    /**
     * Lets a paused clock count again and moves its warning and due times later by the pause,
     * measured in the clock's mode (for business time, only the working hours of the pause count).
     * Resuming a running or stopped clock changes nothing.
     *
     * @throws IllegalStateException if the clock was never started
     */
    public SlaClock resume(String caseNo, String slaName) {
        SlaClock resumed = require(caseNo, slaName, "resumed");
        if (resumed.isPaused() && !resumed.isStopped()) {
            endPause(resumed, now());
        }
        return resumed;
    }

    /**
     * Stops the clock for good (the work it measures is done); it never warns or breaches afterwards.
     * Stopping a stopped clock changes nothing. A clock that was never started stays so: empty.
     */
    public Optional<SlaClock> stop(String caseNo, String slaName) {
        definitions.definition(slaName);
        Optional<SlaClock> found = clocks.findByCaseNoAndSlaName(caseNo, slaName);
        found.filter(running -> !running.isStopped()).ifPresent(running -> {
            Instant now = now();
            if (running.isPaused()) {
                endPause(running, now);
            }
            running.stopAt(now);
        });
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<SlaClock> find(String caseNo, String slaName) {
        definitions.definition(slaName);
        return clocks.findByCaseNoAndSlaName(caseNo, slaName);
    }

    /** Every clock of a case, in the order they started. */
    @Transactional(readOnly = true)
    public List<SlaClock> findByCase(String caseNo) {
        return clocks.findByCaseNoOrderByStartedAtAscSlaNameAsc(caseNo);
    }

    /** When the SLA is breached; empty if its clock was never started. */
    @Transactional(readOnly = true)
    public Optional<Instant> dueAt(String caseNo, String slaName) {
        return find(caseNo, slaName).map(SlaClock::getDueAt);
    }

    /** When the SLA warns; empty if its clock was never started. */
    @Transactional(readOnly = true)
    public Optional<Instant> warningAt(String caseNo, String slaName) {
        return find(caseNo, slaName).map(SlaClock::getWarningAt);
    }

    /**
     * Works out again, on {@code newCalendar}, the deadlines of every running business-time clock whose
     * due time has not passed, after the holiday calendar changed. Pauses already taken keep the length
     * they were measured with; a warning time already reached stays (it has fired or is firing). Clocks
     * whose deadlines come out the same are not touched.
     *
     * @return the clocks that moved, with their old and new times
     */
    public List<Rescheduled> recomputeBusinessClocks(BusinessCalendar newCalendar) {
        Instant now = now();
        SlaSchedule newSchedule = new SlaSchedule(newCalendar);
        List<Rescheduled> moved = new java.util.ArrayList<>();
        for (SlaClock running : clocks.findByModeAndStoppedAtIsNullAndDueAtAfterOrderById(SlaMode.BUSINESS, now)) {
            Terms terms = running.terms();
            Deadlines deadlines = newSchedule.deadlines(terms.mode(), running.getStartedAt(), terms.duration(),
                    terms.warningFraction(), running.getPausedTotal(), terms.peakExtension());
            Instant oldWarning = running.getWarningAt();
            Instant oldDue = running.getDueAt();
            Instant newWarning = oldWarning.isAfter(now) ? wholeSecondUp(deadlines.warningAt()) : oldWarning;
            Instant newDue = wholeSecondUp(deadlines.dueAt());
            if (!newWarning.equals(oldWarning) || !newDue.equals(oldDue)) {
                running.schedule(newWarning, newDue);
                moved.add(new Rescheduled(running.getCaseNo(), running.getSlaName(), oldWarning, newWarning, oldDue, newDue));
                log.info("Calendar change moved {}: warning {} -> {}, due {} -> {}", running, oldWarning, newWarning,
                        oldDue, newDue);
            }
        }
        return moved;
    }

    /** A clock whose deadlines a calendar change moved. */
    public record Rescheduled(String caseNo, String slaName, Instant oldWarningAt, Instant newWarningAt,
                              Instant oldDueAt, Instant newDueAt) {
    }

    private SlaClock require(String caseNo, String slaName, String action) {
        definitions.definition(slaName);
        return clocks.findByCaseNoAndSlaName(caseNo, slaName).orElseThrow(() -> new IllegalStateException(
                "SLA clock '" + slaName + "' of case " + caseNo + " cannot be " + action
                        + ": it was never started"));
    }

    private Terms terms(String slaName, Definition definition, Instant startedAt) {
        Optional<PeakSeason> season = definitions.peakSeasonFor(slaName, startedAt.atZone(calendar.zone()).toLocalDate());
        return new Terms(definition.mode(), definition.duration(), definition.warningFraction(),
                season.map(PeakSeason::extension).orElse(Duration.ZERO),
                season.map(PeakSeason::name).orElse(null));
    }

    private void endPause(SlaClock running, Instant now) {
        Duration pause = switch (running.getMode()) {
            case CALENDAR -> Duration.between(running.getPausedAt(), now);
            case BUSINESS -> calendar.businessTimeBetween(running.getPausedAt(), now);
        };
        running.resume(pause);
        reschedule(running);
    }

    private void reschedule(SlaClock running) {
        Terms terms = running.terms();
        Deadlines deadlines = schedule.deadlines(terms.mode(), running.getStartedAt(), terms.duration(),
                terms.warningFraction(), running.getPausedTotal(), terms.peakExtension());
        running.schedule(wholeSecondUp(deadlines.warningAt()), wholeSecondUp(deadlines.dueAt()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Never earlier than the exact deadline: a fraction of a second rounds up. */
    private static Instant wholeSecondUp(Instant instant) {
        Instant truncated = instant.truncatedTo(ChronoUnit.SECONDS);
        return truncated.equals(instant) ? instant : truncated.plusSeconds(1);
    }

    private static void requireCaseNo(String caseNo) {
        if (caseNo == null || caseNo.isBlank()) {
            throw new IllegalArgumentException("An SLA clock needs a case number");
        }
    }
}
