package org.parceldesk.complaint;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintRepository extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint> {

    Optional<Complaint> findByCaseNo(String caseNo);

    /** The open complaint on a waybill and category, if any (at most one: see {@code open_key}). */
    @Query("select c from Complaint c where c.openKey = :openKey")
    Optional<Complaint> findOpen(String openKey);

    long countByCustomerPhoneAndReceivedAtGreaterThanEqual(String customerPhone, Instant since);
}
