package org.parceldesk.sla;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CalendarDayRepository extends JpaRepository<CalendarDayRow, LocalDate> {

    List<CalendarDayRow> findByYearOrderByDate(int year);

    List<CalendarDayRow> findByDateIn(Collection<LocalDate> dates);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from CalendarDayRow d where d.year = ?1")
    int deleteByYear(int year);
}
