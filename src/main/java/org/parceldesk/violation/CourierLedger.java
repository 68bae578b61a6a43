package org.parceldesk.violation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.Messages;
import org.parceldesk.common.Money;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.courier.CourierStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A courier's record of violations: points over the rolling window, fines, measures and cleared
 * cases. Booking a case that brings the points to the threshold opens a suspension review, once
 * per crossing.
 */
@Service
class CourierLedger {

    private final CourierLedgerEntryRepository entries;
    private final CourierLedgerReviewRepository reviews;
    private final ViolationRepository violations;
    private final CourierRepository couriers;
    private final EntityManager entityManager;
    private final CourierPoints courierPoints;
    private final PenaltyPolicy policy;
    private final Clock clock;
    private final Messages messages;

    CourierLedger(CourierLedgerEntryRepository entries, CourierLedgerReviewRepository reviews,
            ViolationRepository violations, CourierRepository couriers, EntityManager entityManager,
            CourierPoints courierPoints, PenaltyPolicy policy, Clock clock, Messages messages) {
        this.entries = entries;
        this.reviews = reviews;
        this.violations = violations;
        this.couriers = couriers;
        this.entityManager = entityManager;
        this.courierPoints = courierPoints;
        this.policy = policy;
        this.clock = clock;
        this.messages = messages;
    }

    /** The result of booking one case: its outcome and whether it opened a suspension review. */
    record Booking(ViolationOutcome outcome, int pointsBefore, int pointsAfter, boolean suspensionReviewOpened) {
    }

    /**
     * Books a decided case and closes it. Totals before and after are taken at the same instant
     * under the courier's row lock, so that two cases closing together cannot both (or neither)
     * open the review.
     */
    @Transactional
    Booking bookAndClose(Violation violation) {
        if (entries.findByCaseNo(violation.getCaseNo()).isPresent()) {
            throw new IllegalStateException("case " + violation.getCaseNo() + " is already on the ledger");
        }
        entityManager.find(Courier.class, violation.getCourierNo(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        ViolationOutcome outcome = violation.finalOutcome();
        List<PointsLedgerEntry> before = pointsOf(violation.getCourierNo());
        int pointsBefore = courierPoints.total(before, now);
        CourierLedgerEntry entry = entries.save(new CourierLedgerEntry(violation, outcome, now));
        int pointsAfter = pointsBefore + courierPoints.total(List.of(entry.points()), now);
        violation.record(ViolationEventType.LEDGER_BOOKED, now, null,
                outcome + ", points " + pointsBefore + " -> " + pointsAfter);
        boolean review = courierPoints.reachesSuspensionReview(pointsBefore, pointsAfter);
        if (review) {
            reviews.save(new CourierLedgerReview(violation.getCourierNo(), violation.getCaseNo(), pointsAfter, now));
            violation.record(ViolationEventType.SUSPENSION_REVIEW_OPENED, now, null, pointsAfter + " points");
        }
        violation.close(outcome, now);
        return new Booking(outcome, pointsBefore, pointsAfter, review);
    }

    @Transactional
    void decideSuspensionReview(String caseNo, SuspensionReviewOutcome outcome, String comment, String by) {
        CourierLedgerReview review = reviews.findByCaseNo(caseNo)
                .orElseThrow(() -> new IllegalStateException("no suspension review for case " + caseNo));
        Instant now = clock.instant();
        review.decide(outcome, comment, by, now);
        if (outcome == SuspensionReviewOutcome.SUSPENSION) {
            suspendCourier(review, by, now);
        }
    }

    /**
     * The reviewer decided to suspend: the courier's master-data status becomes SUSPENDED (under the
     * courier's row lock) and the case's timeline says so. A courier already suspended or who has left
     * keeps their status; the timeline notes that too.
     */
    private void suspendCourier(CourierLedgerReview review, String by, Instant now) {
        Courier courier = entityManager.find(Courier.class, review.getCourierNo(), LockModeType.PESSIMISTIC_WRITE);
        if (courier == null) {
            throw new IllegalStateException("courier " + review.getCourierNo() + " of case " + review.getCaseNo() + " does not exist");
        }
        CourierStatus before = courier.getStatus();
        boolean changed = courier.suspend();
        Violation violation = violations.findByCaseNo(review.getCaseNo())
                .orElseThrow(() -> new IllegalStateException("no violation " + review.getCaseNo()));
        // stored with the case: in Chinese, whoever's request ran the step
        violation.record(ViolationEventType.COURIER_SUSPENDED, now, by, changed
                ? messages.get(Messages.DEFAULT, "violation.timeline.courier-suspended", courier.getEmployeeNo(), before,
                        courier.getStatus())
                : messages.get(Messages.DEFAULT, "violation.timeline.courier-unchanged", courier.getEmployeeNo(), before));
    }

    /** The ledger as the API shows it; the caller has checked that the reader may see this courier. */
    @Transactional(readOnly = true)
    public CourierLedgerView view(String courierNo) {
        Courier courier = couriers.findById(courierNo).orElseThrow(() -> ApiProblem.missing("violation.courier.not-found", courierNo));
        Instant now = clock.instant();
        Instant windowStart = now.minus(policy.pointsWindow());
        List<CourierLedgerEntry> booked = entries.findByCourierNoOrderByBookedAtDescIdDesc(courierNo);
        int points = courierPoints.total(booked.stream().map(CourierLedgerEntry::points).toList(), now);
        Money fines = booked.stream()
                .filter(entry -> !entry.isCleared() && entry.getBookedAt().isAfter(windowStart))
                .map(CourierLedgerEntry::getFineAmount)
                .reduce(Money.ZERO, Money::plus);
        List<String> open = violations.findAll(ViolationSearch.openCasesOf(courierNo)).stream()
                .map(Violation::getCaseNo).sorted().toList();
        return new CourierLedgerView(courier.getEmployeeNo(), courier.getStationCode(), courier.getStatus().name(),
                points, policy.suspensionReviewPoints(), policy.pointsWindow().toDays(), fines.amount(),
                booked.stream().filter(entry -> !entry.isCleared()).count(),
                booked.stream().filter(CourierLedgerEntry::isCleared).count(),
                booked.stream().map(entry -> CourierLedgerView.Entry.of(entry, windowStart)).toList(),
                reviews.findByCourierNoOrderByOpenedAtDesc(courierNo).stream().map(CourierLedgerView.Review::of).toList(),
                open);
    }

    private List<PointsLedgerEntry> pointsOf(String courierNo) {
        return entries.findByCourierNoOrderByBookedAtDescIdDesc(courierNo).stream()
                .map(CourierLedgerEntry::points).toList();
    }
}
