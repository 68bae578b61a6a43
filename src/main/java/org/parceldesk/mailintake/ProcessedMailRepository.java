package org.parceldesk.mailintake;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessedMailRepository extends JpaRepository<ProcessedMail, Long> {

    Optional<ProcessedMail> findByMessageKey(String messageKey);
}
