package org.parceldesk.sla;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One year of the business calendar (table {@code calendar_year}); its dates are {@link CalendarDayRow}s. */
@Entity
@Table(name = "calendar_year")
class CalendarYearRow {

    @Id
    @Column(name = "cal_year")
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    private CalendarSource source;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected CalendarYearRow() {
    }

    CalendarYearRow(int year) {
        this.year = year;
    }

    void touch(CalendarSource source, Instant at, String by) {
        this.source = source;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    int getYear() {
        return year;
    }

    CalendarSource getSource() {
        return source;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }
}
