package org.parceldesk.sla;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The clock of one SLA for one case (table {@code sla_clock}, one row per case number and SLA name).
 *
 * <p>The terms (mode, duration, warning fraction, peak-season extension) are copied from the
 * configuration when the clock starts and never change afterwards: editing {@code application.yaml}
 * or a peak season that opens later does not move a deadline already running. Only pauses do.
 * Changed through {@link SlaClockService}; the version column makes two nodes' concurrent changes
 * fail instead of overwriting each other.
 */
@Entity
@Table(name = "sla_clock")
public class SlaClock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_no", nullable = false, updatable = false)
    private String caseNo;

    @Column(name = "sla_name", nullable = false, updatable = false)
    private String slaName;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false)
    private SlaMode mode;

    @Column(name = "duration_seconds", nullable = false)
    private long durationSeconds;

    @Column(name = "warning_fraction", nullable = false)
    private double warningFraction;

    @Column(name = "peak_extension_seconds", nullable = false)
    private long peakExtensionSeconds;

    @Column(name = "peak_season")
    private String peakSeason;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "paused_at")
    private Instant pausedAt;

    /** Seconds paused so far, in the clock's mode (business time for BUSINESS). */
    @Column(name = "paused_total", nullable = false)
    private long pausedTotalSeconds;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "warning_at", nullable = false)
    private Instant warningAt;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SlaClock() {
    }

    SlaClock(String caseNo, String slaName, Terms terms, Instant startedAt) {
        this.caseNo = caseNo;
        this.slaName = slaName;
        this.startedAt = startedAt;
        applyTerms(terms);
    }

    /** What the clock runs for, fixed when it starts. */
    record Terms(SlaMode mode, Duration duration, double warningFraction, Duration peakExtension, String peakSeason) {
    }

    Terms terms() {
        return new Terms(mode, Duration.ofSeconds(durationSeconds), warningFraction,
                Duration.ofSeconds(peakExtensionSeconds), peakSeason);
    }

    void applyTerms(Terms terms) {
        this.mode = terms.mode();
        this.durationSeconds = terms.duration().toSeconds();
        this.warningFraction = terms.warningFraction();
        this.peakExtensionSeconds = terms.peakExtension().toSeconds();
        this.peakSeason = terms.peakSeason();
    }

    void restartAt(Instant now, Terms terms) {
        this.startedAt = now;
        this.pausedAt = null;
        this.pausedTotalSeconds = 0;
        this.stoppedAt = null;
        applyTerms(terms);
    }

    void schedule(Instant warningAt, Instant dueAt) {
        this.warningAt = warningAt;
        this.dueAt = dueAt;
    }

    void pauseAt(Instant now) {
        this.pausedAt = now;
    }

    void resume(Duration pause) {
        this.pausedTotalSeconds += pause.toSeconds();
        this.pausedAt = null;
    }

    void stopAt(Instant now) {
        this.stoppedAt = now;
    }

    public String getCaseNo() {
        return caseNo;
    }

    public String getSlaName() {
        return slaName;
    }

    public SlaMode getMode() {
        return mode;
    }

    public Duration getDuration() {
        return Duration.ofSeconds(durationSeconds);
    }

    public double getWarningFraction() {
        return warningFraction;
    }

    /** Extra time from a peak season; zero when the clock did not start inside one. */
    public Duration getPeakExtension() {
        return Duration.ofSeconds(peakExtensionSeconds);
    }

    /** The name of the peak season that extended this clock, or null. */
    public String getPeakSeason() {
        return peakSeason;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    /** When the current pause began; null unless paused. */
    public Instant getPausedAt() {
        return pausedAt;
    }

    /** Pauses before the current one, measured in the clock's mode. */
    public Duration getPausedTotal() {
        return Duration.ofSeconds(pausedTotalSeconds);
    }

    /**
     * When the SLA is breached, counting the pauses so far. While paused this is the due time as of
     * the pause; resuming moves it later.
     */
    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getWarningAt() {
        return warningAt;
    }

    public Instant getStoppedAt() {
        return stoppedAt;
    }

    public boolean isPaused() {
        return pausedAt != null;
    }

    public boolean isStopped() {
        return stoppedAt != null;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "SlaClock[" + caseNo + " " + slaName + " " + mode + " started " + startedAt + ", due " + dueAt
                + (isPaused() ? ", paused since " + pausedAt : "") + (isStopped() ? ", stopped " + stoppedAt : "")
                + "]";
    }
}
