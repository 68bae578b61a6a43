package org.parceldesk.sla;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One listed date of the business calendar (table {@code calendar_day}): a day off or a make-up working day. */
@Entity
@Table(name = "calendar_day")
class CalendarDayRow {

    @Id
    @Column(name = "cal_date")
    private LocalDate date;

    @Column(name = "cal_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_type", nullable = false)
    private DayType type;

    @Column(name = "occasion", nullable = false)
    private String occasion;

    protected CalendarDayRow() {
    }

    CalendarDayRow(HolidayCalendar.CalendarEntry entry) {
        this.date = entry.date();
        this.year = entry.year();
        this.type = entry.type();
        this.occasion = entry.occasion();
    }

    void update(HolidayCalendar.CalendarEntry entry) {
        this.type = entry.type();
        this.occasion = entry.occasion();
    }

    HolidayCalendar.CalendarEntry entry() {
        return new HolidayCalendar.CalendarEntry(year, date, type, occasion);
    }

    LocalDate getDate() {
        return date;
    }

    int getYear() {
        return year;
    }
}
