package org.parceldesk.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The record of SLA warnings and breaches, for escalations and reports. */
@Service
@Transactional
class SlaEvents {

    private final SlaEventRepository events;
    private final BusinessCalendar calendar;

    SlaEvents(SlaEventRepository events, BusinessCalendar calendar) {
        this.events = events;
        this.calendar = calendar;
    }

    /**
     * Records that a case's SLA reached {@code level}, unless it was recorded before.
     *
     * @return true if this call recorded it, false if it had been recorded already
     * @throws org.springframework.dao.DataIntegrityViolationException if another transaction recorded
     *         the same event at the same moment: the unique key keeps one row, and this transaction
     *         (an engine job) fails and is retried, then finds the event recorded
     */
    boolean record(String caseNo, String slaName, SlaLevel level, Instant occurredAt, Instant deadlineAt) {
        if (events.existsByCaseNoAndSlaNameAndLevel(caseNo, slaName, level)) {
            return false;
        }
        events.save(new SlaEvent(caseNo, slaName, level, occurredAt, deadlineAt));
        return true;
    }

    @Transactional(readOnly = true)
    public List<SlaEvent> findByCase(String caseNo) {
        return events.findByCaseNoOrderByOccurredAtAsc(caseNo);
    }

    /**
     * Events of {@code level} per SLA name that occurred from {@code from} (inclusive) until
     * {@code until} (exclusive), ordered by SLA name; SLAs without events are left out.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> countPerSla(SlaLevel level, Instant from, Instant until) {
        Map<String, Long> counts = new LinkedHashMap<>();
        events.countPerSla(level, from, until).forEach(count -> counts.put(count.getSlaName(), count.getEvents()));
        return counts;
    }

    /**
     * Breaches per SLA name on the local days {@code firstDay} to {@code lastDay}, both included,
     * reckoned in the business calendar's zone (Asia/Shanghai), as the weekly and monthly reports need.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> breachesPerSla(LocalDate firstDay, LocalDate lastDay) {
        return countPerSla(SlaLevel.BREACH, firstDay.atStartOfDay(calendar.zone()).toInstant(),
                lastDay.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
    }
}
