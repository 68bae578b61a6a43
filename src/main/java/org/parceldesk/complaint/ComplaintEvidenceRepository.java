package org.parceldesk.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintEvidenceRepository extends JpaRepository<ComplaintEvidence, Long> {

    List<ComplaintEvidence> findByComplaintCaseNoOrderById(String complaintCaseNo);

    long countByComplaintCaseNo(String complaintCaseNo);
}
