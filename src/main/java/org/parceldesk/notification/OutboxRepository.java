package org.parceldesk.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Reads only: every write goes through {@link OutboxStore}'s guarded statements. */
interface OutboxRepository extends Repository<OutboxMessage, Long>, JpaSpecificationExecutor<OutboxMessage> {

    Optional<OutboxMessage> findById(Long id);

    List<OutboxMessage> findByCaseNoOrderById(String caseNo);
}
