package org.parceldesk.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;

/** One entry of a claim's approval history. */
@Embeddable
public class ClaimApproval {

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_step")
    private ApprovalStep step;
    @Enumerated(EnumType.STRING)
    private ApprovalDecision decision;
    private String approver;
    @Column(name = "approval_note")
    private String note;
    @Column(name = "payout_amount")
    private BigDecimal payoutAmount;
    @Column(name = "decided_at")
    private Instant decidedAt;
    /** The payout calculation this decision was about: a new calculation needs new approvals. */
    @Column(name = "approval_round")
    private int round;

    protected ClaimApproval() {
    }

    ClaimApproval(int round, ApprovalStep step, ApprovalDecision decision, String approver, String note,
            BigDecimal payoutAmount, Instant decidedAt) {
        this.round = round;
        this.step = step;
        this.decision = decision;
        this.approver = approver;
        this.note = note;
        this.payoutAmount = payoutAmount;
        this.decidedAt = decidedAt;
    }

    public ApprovalStep getStep() {
        return step;
    }

    public ApprovalDecision getDecision() {
        return decision;
    }

    public String getApprover() {
        return approver;
    }

    public String getNote() {
        return note;
    }

    public BigDecimal getPayoutAmount() {
        return payoutAmount;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public int getRound() {
        return round;
    }

    boolean approves(int currentRound, ApprovalStep approvedStep) {
        return round == currentRound && step == approvedStep && decision == ApprovalDecision.APPROVE;
    }
}
