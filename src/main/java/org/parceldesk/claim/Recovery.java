package org.parceldesk.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.parceldesk.common.Money;

/** What the insurer or the linehaul carrier paid back for a claim (追偿), recorded once per claim. */
@Entity
@Table(name = "claim_recovery")
public class Recovery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "claim_case_no")
    private String claimCaseNo;
    @Enumerated(EnumType.STRING)
    private RecoveryCounterparty counterparty;
    private BigDecimal amount;
    @Column(name = "recovery_ref")
    private String reference;
    private String note;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Recovery() {
    }

    Recovery(String claimCaseNo, RecoveryCounterparty counterparty, Money amount, String reference, String note,
            String recordedBy, Instant recordedAt) {
        this.claimCaseNo = claimCaseNo;
        this.counterparty = counterparty;
        this.amount = amount.amount();
        this.reference = reference;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public String getClaimCaseNo() {
        return claimCaseNo;
    }

    public RecoveryCounterparty getCounterparty() {
        return counterparty;
    }

    public Money getAmount() {
        return Money.of(amount);
    }

    public String getReference() {
        return reference;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
