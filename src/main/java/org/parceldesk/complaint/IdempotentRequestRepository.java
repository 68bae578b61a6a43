package org.parceldesk.complaint;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IdempotentRequestRepository extends JpaRepository<IdempotentRequest, Long> {

    Optional<IdempotentRequest> findByClientIdAndKey(String clientId, String key);
}
