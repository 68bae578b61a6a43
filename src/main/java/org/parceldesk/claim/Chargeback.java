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
import org.parceldesk.common.ResponsibleParty;

/**
 * A paid claim charged back to the station responsible for it (追偿扣款): the payout times the
 * configured share. One per claim. The monthly claims report sums them by station.
 */
@Entity
@Table(name = "claim_chargeback")
public class Chargeback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "claim_case_no")
    private String claimCaseNo;
    @Column(name = "station_code")
    private String stationCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "responsible_party")
    private ResponsibleParty responsibleParty;
    @Column(name = "payout_amount")
    private BigDecimal payoutAmount;
    @Column(name = "share_ratio")
    private BigDecimal share;
    private BigDecimal amount;
    @Column(name = "violation_case_no")
    private String violationCaseNo;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Chargeback() {
    }

    Chargeback(String claimCaseNo, String stationCode, ResponsibleParty responsibleParty, Money payout,
            BigDecimal share, Instant createdAt) {
        this.claimCaseNo = claimCaseNo;
        this.stationCode = stationCode;
        this.responsibleParty = responsibleParty;
        this.payoutAmount = payout.amount();
        this.share = share;
        this.amount = Money.of(payout.amount().multiply(share)).amount();
        this.createdAt = createdAt;
    }

    void linkViolation(String violationCaseNo) {
        this.violationCaseNo = violationCaseNo;
    }

    public Long getId() {
        return id;
    }

    public String getClaimCaseNo() {
        return claimCaseNo;
    }

    public String getStationCode() {
        return stationCode;
    }

    public ResponsibleParty getResponsibleParty() {
        return responsibleParty;
    }

    public Money getPayoutAmount() {
        return Money.of(payoutAmount);
    }

    public BigDecimal getShare() {
        return share;
    }

    public Money getAmount() {
        return Money.of(amount);
    }

    public String getViolationCaseNo() {
        return violationCaseNo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
