package org.parceldesk.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Working time of customer service: opening to closing hours on working days, in the configured
 * zone (Asia/Shanghai by default) whatever the server's time zone is. Instants in, instants out.
 *
 * <p>A working day is Monday to Friday unless it is a public holiday, plus make-up working days
 * (调休上班) on weekends. Thread-safe. The holidays come from a supplier: the calendar tables'
 * cached copy ({@link DatabaseHolidays}), which follows admin's changes; each calculation reads one
 * snapshot of it, so a change arriving mid-way never mixes two calendars.
 */
public final class BusinessCalendar {

    private final Supplier<HolidayCalendar> holidays;
    private final ZoneId zone;
    private final LocalTime opening;
    private final LocalTime closing;

    /** A calendar over a fixed set of holidays. */
    public BusinessCalendar(HolidayCalendar holidays, CalendarProperties properties) {
        this(constant(Objects.requireNonNull(holidays, "holidays")), properties);
    }

    /** A calendar over holidays that may change while it runs (each calculation takes one snapshot). */
    public BusinessCalendar(Supplier<HolidayCalendar> holidays, CalendarProperties properties) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.zone = properties.zone();
        this.opening = properties.workdayStart();
        this.closing = properties.workdayEnd();
    }

    /** The zone in which days, opening and closing are reckoned. */
    public ZoneId zone() {
        return zone;
    }

    /** The holidays as this calendar sees them now. */
    public HolidayCalendar holidays() {
        return holidays.get();
    }

    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(holidays.get(), date);
    }

    private static boolean isWorkingDay(HolidayCalendar holidays, LocalDate date) {
        return switch (holidays.dayType(date)) {
            case PUBLIC_HOLIDAY -> false;
            case MAKE_UP_WORKING_DAY -> true;
            case NORMAL -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        };
    }

    /**
     * The earliest instant by which {@code duration} of working time has passed since {@code start}.
     * Counting begins at {@code start} within working hours, otherwise at the next opening. A result
     * that reaches closing time exactly is that closing time, not the next opening. A zero duration
     * returns {@code start} unchanged.
     */
    public Instant addBusinessTime(Instant start, Duration duration) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(duration);
        if (duration.isZero()) {
            return start;
        }
        HolidayCalendar snapshot = holidays.get();
        Duration remaining = duration;
        // Terminates: the holiday file lists finitely many days, and past them every week has weekdays.
        for (LocalDate day = localDate(start); ; day = day.plusDays(1)) {
            if (!isWorkingDay(snapshot, day)) {
                continue;
            }
            Instant countFrom = later(start, opening(day));
            Instant close = closing(day);
            if (!countFrom.isBefore(close)) {
                continue; // started at or after closing
            }
            Duration available = Duration.between(countFrom, close);
            if (remaining.compareTo(available) <= 0) {
                return countFrom.plus(remaining);
            }
            remaining = remaining.minus(available);
        }
    }

    /** Working time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        HolidayCalendar snapshot = holidays.get();
        LocalDate lastDay = localDate(to);
        for (LocalDate day = localDate(from); !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (isWorkingDay(snapshot, day)) {
                Instant start = later(from, opening(day));
                Instant end = earlier(to, closing(day));
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** Plain elapsed time, nights, weekends and holidays included, for SLAs counted in calendar time. */
    public Instant addCalendarTime(Instant start, Duration duration) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(duration);
        return start.plus(duration);
    }

    private static Supplier<HolidayCalendar> constant(HolidayCalendar holidays) {
        return () -> holidays;
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private Instant opening(LocalDate day) {
        return day.atTime(opening).atZone(zone).toInstant();
    }

    private Instant closing(LocalDate day) {
        return day.atTime(closing).atZone(zone).toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static void requireNotNegative(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + duration);
        }
    }
}
