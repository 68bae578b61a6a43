package org.parceldesk.violation;

import java.util.Objects;
import org.parceldesk.common.Money;

/**
 * Applies the company's {@link PenaltyPolicy} to what the decision table proposed, and says who
 * has to approve the result.
 */
final class PenaltyAdjuster {

    private final PenaltyPolicy policy;

    public PenaltyAdjuster(PenaltyPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * With fines switched off a fine becomes training, keeping its points: the courier still learns
     * the rule and the ledger still records the offence, but no money is taken.
     */
    public Penalty adjust(Penalty decided) {
        if (decided.measure() == PenaltyMeasure.FINE && !policy.finesEnabled()) {
            return Penalty.training(decided.points());
        }
        return decided;
    }

    /**
     * The station manager approves every penalty; a fine above the limit, a suspension, or a
     * dismissal review (which can end in more than a suspension) also needs a
     * {@code complaint-supervisor}. Ask after {@link #adjust}, so that a fine that was switched off
     * does not call for approval.
     */
    public boolean needsSupervisorApproval(Penalty penalty) {
        return switch (penalty.measure()) {
            case WARNING, TRAINING -> false;
            case FINE -> isAboveLimit(penalty.fineAmount());
            case SUSPENSION, DISMISSAL_REVIEW -> true;
        };
    }

    private boolean isAboveLimit(Money fine) {
        return fine.compareTo(policy.supervisorApprovalFineAbove()) > 0;
    }
}
