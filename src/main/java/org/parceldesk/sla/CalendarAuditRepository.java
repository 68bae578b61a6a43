package org.parceldesk.sla;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarAuditRepository extends JpaRepository<CalendarAudit, Long> {

    List<CalendarAudit> findAllByOrderByChangedAtDescIdDesc();

    List<CalendarAudit> findByYearOrderByChangedAtDescIdDesc(int year);
}
