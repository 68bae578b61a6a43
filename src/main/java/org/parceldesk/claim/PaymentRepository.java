package org.parceldesk.claim;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRepository extends JpaRepository<Payment, Long> {

    Optional<Payment> findByClaimCaseNo(String claimCaseNo);

    long countByClaimCaseNo(String claimCaseNo);

    /** Payments of a period, for the monthly claims report. */
    List<Payment> findByPaidAtGreaterThanEqualAndPaidAtLessThanOrderByPaidAt(Instant from, Instant to);
}
