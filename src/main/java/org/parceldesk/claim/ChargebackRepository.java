package org.parceldesk.claim;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChargebackRepository extends JpaRepository<Chargeback, Long> {

    Optional<Chargeback> findByClaimCaseNo(String claimCaseNo);

    /** Chargebacks of a period, for the monthly claims report. */
    List<Chargeback> findByCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderByCreatedAt(Instant from, Instant to);
}
