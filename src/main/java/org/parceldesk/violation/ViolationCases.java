package org.parceldesk.violation;

import java.time.Clock;
import java.time.Instant;
import org.parceldesk.common.ApiProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a violation case after registration, as the process drives them. Every method runs
 * in the engine's transaction, so a refused step leaves neither the case nor the process changed.
 */
@Service
class ViolationCases {

    /** The penalty after the company's policy, and whether a supervisor must approve it as well. */
    record AdjustedPenalty(Penalty penalty, boolean supervisorRequired) {
    }

    private final ViolationRepository violations;
    private final PenaltyAdjuster adjuster;
    private final PenaltyPolicy policy;
    private final CourierLedger ledger;
    private final Clock clock;

    ViolationCases(ViolationRepository violations, PenaltyAdjuster adjuster, PenaltyPolicy policy,
            CourierLedger ledger, Clock clock) {
        this.violations = violations;
        this.adjuster = adjuster;
        this.policy = policy;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Violation get(String caseNo) {
        return violations.findByCaseNo(caseNo).orElseThrow(() -> ApiProblem.missing("violation.not-found", caseNo));
    }

    @Transactional
    void noticeSent(String caseNo, String note) {
        get(caseNo).recordNotice(note, now());
    }

    @Transactional
    void giveStatement(String caseNo, String text, String by) {
        get(caseNo).giveStatement(text, by, now());
    }

    @Transactional
    void statementMissed(String caseNo) {
        get(caseNo).statementMissed(now());
    }

    @Transactional
    void decide(String caseNo, ViolationDecision decision, Severity severity, String reason, String by) {
        get(caseNo).decide(decision, severity, reason, by, now());
    }

    /** Upheld violations of the same courier in the repeat window (default 90 days), this case aside. */
    @Transactional(readOnly = true)
    int priorUpheld(String caseNo) {
        Violation violation = get(caseNo);
        Instant since = now().minus(policy.repeatWindow());
        return Math.toIntExact(violations.countUpheldSince(violation.getCourierNo(), caseNo, since));
    }

    @Transactional
    AdjustedPenalty proposePenalty(String caseNo, int priorUpheld, Penalty decided) {
        AdjustedPenalty adjusted = adjust(decided);
        get(caseNo).proposePenalty(priorUpheld, adjusted.penalty(), adjusted.supervisorRequired(), now());
        return adjusted;
    }

    @Transactional
    void approval(String caseNo, ApprovalLevel level, boolean approved, String comment, String by) {
        Violation violation = get(caseNo);
        if (approved) {
            violation.approve(level, by, comment, now());
        } else {
            violation.rejectPenalty(level, by, comment, now());
        }
    }

    @Transactional
    void openAppealWindow(String caseNo, Instant deadline) {
        get(caseNo).openAppealWindow(deadline, now());
    }

    @Transactional
    void appeal(String caseNo, String text, String by) {
        get(caseNo).appeal(text, by, now());
    }

    @Transactional
    void acceptDecision(String caseNo, String by) {
        get(caseNo).acceptDecision(by, now());
    }

    @Transactional
    void appealWindowClosed(String caseNo) {
        get(caseNo).appealWindowClosed(now());
    }

    @Transactional(readOnly = true)
    void requireAppealReviewer(String caseNo, String reviewer) {
        get(caseNo).requireAppealReviewer(reviewer);
    }

    @Transactional
    void decideAppeal(String caseNo, AppealOutcome outcome, Severity reducedTo, String reason, String by) {
        get(caseNo).decideAppeal(outcome, reducedTo, reason, by, now());
    }

    @Transactional
    Penalty applyReducedPenalty(String caseNo, Penalty decided) {
        Penalty penalty = adjust(decided).penalty();
        get(caseNo).applyReducedPenalty(penalty, now());
        return penalty;
    }

    @Transactional
    CourierLedger.Booking bookAndClose(String caseNo) {
        return ledger.bookAndClose(get(caseNo));
    }

    private AdjustedPenalty adjust(Penalty decided) {
        Penalty penalty = adjuster.adjust(decided);
        return new AdjustedPenalty(penalty, adjuster.needsSupervisorApproval(penalty));
    }

    private Instant now() {
        return clock.instant();
    }
}
