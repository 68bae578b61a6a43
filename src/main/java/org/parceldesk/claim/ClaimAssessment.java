package org.parceldesk.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;
import org.parceldesk.common.ResponsibleParty;

/** One assessment of a claim and the payout it led to; the four-eyes rule excludes every assessor. */
@Embeddable
public class ClaimAssessment {

    private String assessor;
    @Enumerated(EnumType.STRING)
    @Column(name = "loss_type")
    private LossType lossType;
    @Enumerated(EnumType.STRING)
    @Column(name = "responsible_party")
    private ResponsibleParty responsibleParty;
    @Column(name = "actual_loss")
    private BigDecimal actualLoss;
    @Column(name = "full_value")
    private BigDecimal fullValue;
    @Column(name = "payout_amount")
    private BigDecimal payoutAmount;
    @Column(name = "payout_rule_code")
    private String payoutRuleCode;
    @Column(name = "assessed_at")
    private Instant assessedAt;

    protected ClaimAssessment() {
    }

    ClaimAssessment(String assessor, LossType lossType, ResponsibleParty responsibleParty, BigDecimal actualLoss,
            BigDecimal fullValue, Instant assessedAt) {
        this.assessor = assessor;
        this.lossType = lossType;
        this.responsibleParty = responsibleParty;
        this.actualLoss = actualLoss;
        this.fullValue = fullValue;
        this.assessedAt = assessedAt;
    }

    void payout(Payout payout) {
        this.payoutAmount = payout.payout().amount();
        this.payoutRuleCode = payout.ruleCode();
    }

    public String getAssessor() {
        return assessor;
    }

    public LossType getLossType() {
        return lossType;
    }

    public ResponsibleParty getResponsibleParty() {
        return responsibleParty;
    }

    public BigDecimal getActualLoss() {
        return actualLoss;
    }

    public BigDecimal getFullValue() {
        return fullValue;
    }

    public BigDecimal getPayoutAmount() {
        return payoutAmount;
    }

    public String getPayoutRuleCode() {
        return payoutRuleCode;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }
}
