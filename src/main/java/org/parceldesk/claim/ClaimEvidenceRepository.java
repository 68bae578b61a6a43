package org.parceldesk.claim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimEvidenceRepository extends JpaRepository<ClaimEvidence, Long> {

    List<ClaimEvidence> findByClaimCaseNoOrderById(String claimCaseNo);

    long countByClaimCaseNo(String claimCaseNo);
}
