package org.parceldesk.mailintake;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MailboxLeaseRepository extends JpaRepository<MailboxLeaseRow, String> {

    /** Takes or extends the lease: succeeds (1) when it is free, expired or already this node's. */
    @Modifying
    @Query("""
            update MailboxLeaseRow l set l.heldBy = :node, l.heldUntil = :until
            where l.name = :name and (l.heldUntil is null or l.heldUntil < :now or l.heldBy = :node)""")
    int take(String name, String node, Instant now, Instant until);

    @Modifying
    @Query("update MailboxLeaseRow l set l.heldUntil = null where l.name = :name and l.heldBy = :node")
    int release(String name, String node);
}
