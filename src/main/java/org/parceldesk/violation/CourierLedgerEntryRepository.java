package org.parceldesk.violation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourierLedgerEntryRepository extends JpaRepository<CourierLedgerEntry, Long> {

    List<CourierLedgerEntry> findByCourierNoOrderByBookedAtDescIdDesc(String courierNo);

    Optional<CourierLedgerEntry> findByCaseNo(String caseNo);
}
