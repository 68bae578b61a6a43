package org.parceldesk.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import org.parceldesk.common.Money;

/** The payment of a claim. At most one per claim: the case number is a unique key. */
@Entity
@jakarta.persistence.Table(name = "claim_payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "claim_case_no")
    private String claimCaseNo;
    private BigDecimal amount;
    private String currency;
    @Column(name = "payment_ref")
    private String reference;
    @Column(name = "paid_at")
    private Instant paidAt;

    protected Payment() {
    }

    Payment(String claimCaseNo, Money amount, Instant paidAt) {
        this.claimCaseNo = claimCaseNo;
        this.amount = amount.amount();
        this.currency = Money.CURRENCY;
        // derived from the case number, so that the payment order is recognisable in the bank statement
        this.reference = "PAY-" + claimCaseNo;
        this.paidAt = paidAt;
    }

    public Long getId() {
        return id;
    }

    public String getClaimCaseNo() {
        return claimCaseNo;
    }

    public Money getAmount() {
        return Money.of(amount);
    }

    public String getCurrency() {
        return currency;
    }

    public String getReference() {
        return reference;
    }

    public Instant getPaidAt() {
        return paidAt;
    }
}
