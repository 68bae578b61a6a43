package org.parceldesk.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;

/** One dispute round: the customer refused the offer, with a reason. */
@Embeddable
public class ClaimDispute {

    @Column(name = "round_no")
    private int round;
    @Enumerated(EnumType.STRING)
    private ConfirmationChannel channel;
    private String reason;
    @Column(name = "offered_amount")
    private BigDecimal offeredAmount;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "disputed_at")
    private Instant disputedAt;

    protected ClaimDispute() {
    }

    ClaimDispute(int round, ConfirmationChannel channel, String reason, BigDecimal offeredAmount, String recordedBy,
            Instant disputedAt) {
        this.round = round;
        this.channel = channel;
        this.reason = reason;
        this.offeredAmount = offeredAmount;
        this.recordedBy = recordedBy;
        this.disputedAt = disputedAt;
    }

    public int getRound() {
        return round;
    }

    public ConfirmationChannel getChannel() {
        return channel;
    }

    public String getReason() {
        return reason;
    }

    public BigDecimal getOfferedAmount() {
        return offeredAmount;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getDisputedAt() {
        return disputedAt;
    }
}
