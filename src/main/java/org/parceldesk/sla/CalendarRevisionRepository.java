package org.parceldesk.sla;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CalendarRevisionRepository extends JpaRepository<CalendarRevision, Integer> {

    /** Locks the revision row until the transaction ends: calendar changes take turns across nodes. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from CalendarRevision r where r.id = " + CalendarRevision.ID)
    Optional<CalendarRevision> lock();

    @Query("select r.revision from CalendarRevision r where r.id = " + CalendarRevision.ID)
    Optional<Long> current();
}
