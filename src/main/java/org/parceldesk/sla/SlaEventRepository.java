package org.parceldesk.sla;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SlaEventRepository extends JpaRepository<SlaEvent, Long> {

    boolean existsByCaseNoAndSlaNameAndLevel(String caseNo, String slaName, SlaLevel level);

    List<SlaEvent> findByCaseNoOrderByOccurredAtAsc(String caseNo);

    @Query("""
            select e.slaName as slaName, count(e) as events from SlaEvent e
            where e.level = :level and e.occurredAt >= :from and e.occurredAt < :until
            group by e.slaName order by e.slaName""")
    List<SlaEventCount> countPerSla(@Param("level") SlaLevel level, @Param("from") Instant from,
                                    @Param("until") Instant until);

    interface SlaEventCount {
        String getSlaName();

        long getEvents();
    }
}
