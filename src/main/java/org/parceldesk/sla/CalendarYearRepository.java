package org.parceldesk.sla;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarYearRepository extends JpaRepository<CalendarYearRow, Integer> {
}
