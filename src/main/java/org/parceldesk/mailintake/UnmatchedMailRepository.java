package org.parceldesk.mailintake;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;
import java.util.Optional;

interface UnmatchedMailRepository extends JpaRepository<UnmatchedMail, Long> {

    List<UnmatchedMail> findByStatusOrderByDueAtAscIdAsc(UnmatchedMail.Status status);

    /** The row locked for the rest of the transaction: two handlers resolving it take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UnmatchedMail u where u.id = :id")
    Optional<UnmatchedMail> lockById(Long id);

    List<UnmatchedMail> findByMessageRow(Long messageRow);
}
