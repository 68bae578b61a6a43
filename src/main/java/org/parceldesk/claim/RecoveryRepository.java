package org.parceldesk.claim;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecoveryRepository extends JpaRepository<Recovery, Long> {

    Optional<Recovery> findByClaimCaseNo(String claimCaseNo);

    /** Recoveries of a period, for the monthly claims report. */
    List<Recovery> findByRecordedAtGreaterThanEqualAndRecordedAtLessThanOrderByRecordedAt(Instant from, Instant to);
}
