package org.parceldesk.violation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourierLedgerReviewRepository extends JpaRepository<CourierLedgerReview, Long> {

    List<CourierLedgerReview> findByCourierNoOrderByOpenedAtDesc(String courierNo);

    Optional<CourierLedgerReview> findByCaseNo(String caseNo);
}
