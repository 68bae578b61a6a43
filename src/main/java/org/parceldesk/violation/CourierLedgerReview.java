package org.parceldesk.violation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.parceldesk.common.StepRefused;

/** A suspension review opened when the case {@code caseNo} brought the courier's points to the threshold. */
@Entity
@Table(name = "courier_ledger_review")
public class CourierLedgerReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "courier_no")
    private String courierNo;
    @Column(name = "case_no")
    private String caseNo;
    private int points;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_outcome")
    private SuspensionReviewOutcome outcome;
    @Column(name = "review_comment")
    private String comment;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected CourierLedgerReview() {
    }

    CourierLedgerReview(String courierNo, String caseNo, int points, Instant openedAt) {
        this.courierNo = courierNo;
        this.caseNo = caseNo;
        this.points = points;
        this.openedAt = openedAt;
    }

    void decide(SuspensionReviewOutcome outcome, String comment, String by, Instant now) {
        if (this.outcome != null) {
            throw StepRefused.notAllowed(null, "violation.refused.suspension-review-decided", caseNo);
        }
        if (outcome == null) {
            throw StepRefused.badInput("suspensionOutcome", "violation.refused.suspension-outcome-required");
        }
        if (comment == null || comment.isBlank()) {
            throw StepRefused.badInput("suspensionComment", "violation.refused.suspension-comment-required");
        }
        this.outcome = outcome;
        this.comment = comment.strip().length() > 1000 ? comment.strip().substring(0, 1000) : comment.strip();
        this.reviewedBy = by;
        this.reviewedAt = now;
    }

    public String getCourierNo() {
        return courierNo;
    }

    public String getCaseNo() {
        return caseNo;
    }

    public int getPoints() {
        return points;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public SuspensionReviewOutcome getOutcome() {
        return outcome;
    }

    public String getComment() {
        return comment;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
