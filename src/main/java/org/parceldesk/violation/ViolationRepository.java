package org.parceldesk.violation;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ViolationRepository extends JpaRepository<Violation, Long>, JpaSpecificationExecutor<Violation> {

    Optional<Violation> findByCaseNo(String caseNo);

    /** The case with its timeline, for reading outside a transaction. */
    @EntityGraph(attributePaths = "events")
    Optional<Violation> findWithEventsByCaseNo(String caseNo);

    Optional<Violation> findByDedupeKey(String dedupeKey);

    /**
     * Upheld violations of a courier decided after {@code since}, other than {@code caseNo}: the
     * decision table's repeat level. A case cleared by the inspector or cancelled on appeal is not
     * upheld and never counts.
     */
    @Query("""
            select count(v) from Violation v
            where v.courierNo = :courierNo and v.caseNo <> :caseNo
              and v.decision = org.parceldesk.violation.ViolationDecision.UPHELD
              and (v.appealOutcome is null or v.appealOutcome <> org.parceldesk.violation.AppealOutcome.CANCELLED)
              and v.decidedAt > :since""")
    long countUpheldSince(@Param("courierNo") String courierNo, @Param("caseNo") String caseNo,
            @Param("since") Instant since);
}
