package org.parceldesk.sla;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of the business calendar (table {@code calendar_audit}): who, when, which year, what. */
@Entity
@Table(name = "calendar_audit")
class CalendarAudit {

    /** What happened to the year. */
    public enum Action { SEEDED, CREATED, REPLACED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cal_year", nullable = false)
    private int year;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    private CalendarSource source;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "clocks_recomputed", nullable = false)
    private int clocksRecomputed;

    protected CalendarAudit() {
    }

    CalendarAudit(int year, Instant changedAt, String changedBy, Action action, CalendarSource source, String summary,
                  int clocksRecomputed) {
        this.year = year;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.action = action;
        this.source = source;
        this.summary = summary.length() > 4000 ? summary.substring(0, 3997) + "..." : summary;
        this.clocksRecomputed = clocksRecomputed;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Action getAction() {
        return action;
    }

    public CalendarSource getSource() {
        return source;
    }

    /** The dates added and removed, e.g. {@code +2031-01-01 PUBLIC_HOLIDAY 元旦; -2031-10-08 PUBLIC_HOLIDAY 国庆节}. */
    public String getSummary() {
        return summary;
    }

    /** Running business-time SLA clocks whose deadlines the change moved. */
    public int getClocksRecomputed() {
        return clocksRecomputed;
    }
}
