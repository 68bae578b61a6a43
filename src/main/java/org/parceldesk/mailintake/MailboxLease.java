package org.parceldesk.mailintake;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the mailbox poll run on one node at a time: a guarded UPDATE of one row takes the lease
 * when it is free or expired, so of two nodes polling at once exactly one gets it (the database's
 * row lock decides). The holder renews it before each message; a node that dies mid-poll hands
 * over when the lease expires. Each call is a short transaction of its own.
 */
@Component
class MailboxLease {

    static final String MAILBOX = "mailbox";

    private final MailboxLeaseRepository leases;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MailboxLease(MailboxLeaseRepository leases, PlatformTransactionManager transactions, Clock clock) {
        this.leases = leases;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Takes or renews the lease for {@code lease} from now; false when another node holds it. */
    boolean take(String node, java.time.Duration lease) {
        Instant now = clock.instant();
        Integer taken = transaction.execute(status -> leases.take(MAILBOX, node, now, now.plus(lease)));
        return taken != null && taken == 1;
    }

    void release(String node) {
        transaction.executeWithoutResult(status -> leases.release(MAILBOX, node));
    }
}
