package org.parceldesk.courier;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourierRepository extends JpaRepository<Courier, String> {

    Optional<Courier> findByUserId(String userId);

    List<Courier> findByStationCodeAndStatus(String stationCode, CourierStatus status);

    /** Suspensions whose last day is before {@code today}. */
    List<Courier> findByStatusAndSuspendedUntilBefore(CourierStatus status, LocalDate today);

    /**
     * Reinstates one courier whose suspension ran out, unless someone (another node) did already:
     * 1 when this call reinstated the courier, 0 otherwise.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Courier c set c.status = :active, c.suspendedUntil = null where c.employeeNo = :employeeNo"
            + " and c.status = :suspended and c.suspendedUntil < :today")
    int reinstateIfExpired(@Param("employeeNo") String employeeNo, @Param("today") LocalDate today,
                           @Param("active") CourierStatus active, @Param("suspended") CourierStatus suspended);
}
