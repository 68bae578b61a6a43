package org.parceldesk.sla;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

    Optional<SlaClock> findByCaseNoAndSlaName(String caseNo, String slaName);

    List<SlaClock> findByCaseNoOrderByStartedAtAscSlaNameAsc(String caseNo);
}
