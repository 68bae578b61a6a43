package org.parceldesk.mailintake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one row whose lease decides which node polls the mailbox (see {@link MailboxLease}). */
@Entity
@Table(name = "mail_intake_lease")
class MailboxLeaseRow {

    @Id
    private String name;
    @Column(name = "held_by")
    private String heldBy;
    @Column(name = "held_until")
    private Instant heldUntil;

    protected MailboxLeaseRow() {
    }

    String getHeldBy() {
        return heldBy;
    }

    Instant getHeldUntil() {
        return heldUntil;
    }
}
