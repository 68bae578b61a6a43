package org.parceldesk.violation;

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

/**
 * What one closed violation case costs a courier. One entry per case (a unique key makes booking
 * idempotent); a cleared or cancelled case is booked too, flagged {@code cleared}, and counts for
 * nothing.
 */
@Entity
@Table(name = "courier_ledger_entry")
public class CourierLedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "courier_no")
    private String courierNo;
    @Column(name = "station_code")
    private String stationCode;
    @Column(name = "case_no")
    private String caseNo;
    @Enumerated(EnumType.STRING)
    @Column(name = "violation_type")
    private ViolationType type;
    @Enumerated(EnumType.STRING)
    private ViolationOutcome outcome;
    @Enumerated(EnumType.STRING)
    private PenaltyMeasure measure;
    @Column(name = "fine_amount")
    private BigDecimal fineAmount;
    @Column(name = "suspension_days")
    private int suspensionDays;
    private int points;
    private boolean cleared;
    @Column(name = "booked_at")
    private Instant bookedAt;

    protected CourierLedgerEntry() {
    }

    CourierLedgerEntry(Violation violation, ViolationOutcome outcome, Instant bookedAt) {
        this.courierNo = violation.getCourierNo();
        this.stationCode = violation.getStationCode();
        this.caseNo = violation.getCaseNo();
        this.type = violation.getType();
        this.outcome = outcome;
        Penalty penalty = violation.penalty();
        // a cancelled case keeps the penalty it had, for the record; cleared marks it as not counting
        this.measure = penalty == null ? null : penalty.measure();
        this.fineAmount = penalty == null ? BigDecimal.ZERO.setScale(2) : penalty.fineAmount().amount();
        this.suspensionDays = penalty == null ? 0 : penalty.suspensionDays();
        this.points = penalty == null ? 0 : penalty.points();
        this.cleared = outcome.cleared();
        this.bookedAt = bookedAt;
    }

    PointsLedgerEntry points() {
        return new PointsLedgerEntry(bookedAt, points, cleared);
    }

    public String getCourierNo() {
        return courierNo;
    }

    public String getStationCode() {
        return stationCode;
    }

    public String getCaseNo() {
        return caseNo;
    }

    public ViolationType getType() {
        return type;
    }

    public ViolationOutcome getOutcome() {
        return outcome;
    }

    public PenaltyMeasure getMeasure() {
        return measure;
    }

    public Money getFineAmount() {
        return Money.of(fineAmount);
    }

    public int getSuspensionDays() {
        return suspensionDays;
    }

    public int getPoints() {
        return points;
    }

    public boolean isCleared() {
        return cleared;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }
}
