package org.parceldesk.claim;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ClaimRepository extends JpaRepository<Claim, Long>, JpaSpecificationExecutor<Claim> {

    Optional<Claim> findByCaseNo(String caseNo);

    /** The open or paid claim of a waybill, if any (one final claim per shipment). */
    Optional<Claim> findByActiveWaybillNo(String waybillNo);
}
