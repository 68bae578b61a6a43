package org.parceldesk.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

    Optional<SlaClock> findByCaseNoAndSlaName(String caseNo, String slaName);

    List<SlaClock> findByCaseNoOrderByStartedAtAscSlaNameAsc(String caseNo);

    /** Clocks that still count towards a deadline not yet reached. */
    List<SlaClock> findByModeAndStoppedAtIsNullAndDueAtAfterOrderById(SlaMode mode, Instant now);
}
