package org.parceldesk.claim;

import java.time.Clock;
import java.util.Optional;
import org.parceldesk.common.Money;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the payment of a claim exactly once. A retried step finds the payment it already made;
 * two nodes running the step at once both insert, and the unique key on the case number lets only
 * one commit: the other's transaction (and engine step) rolls back, and its retry finds the payment.
 */
@Component
class PaymentLedger {

    private final PaymentRepository payments;
    private final Clock clock;

    PaymentLedger(PaymentRepository payments, Clock clock) {
        this.payments = payments;
        this.clock = clock;
    }

    /**
     * Pays the claim's amount, or returns the payment already made. A zero payout pays nothing.
     *
     * @throws org.springframework.dao.DataIntegrityViolationException when another transaction paid
     *         the claim concurrently; retrying returns that payment
     */
    @Transactional
    public Optional<Payment> pay(String caseNo, Money amount) {
        Optional<Payment> existing = payments.findByClaimCaseNo(caseNo);
        if (existing.isPresent()) {
            if (!existing.get().getAmount().equals(amount)) {
                throw new IllegalStateException("Claim " + caseNo + " was paid " + existing.get().getAmount()
                        + ", not " + amount + "; a paid claim's amount never changes");
            }
            return existing;
        }
        if (amount.amount().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(payments.saveAndFlush(new Payment(caseNo, amount, clock.instant())));
    }
}
