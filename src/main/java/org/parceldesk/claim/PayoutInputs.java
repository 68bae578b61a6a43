package org.parceldesk.claim;

import java.math.BigDecimal;

/**
 * Input checks for {@link PayoutCalculator}. Contradictory data is rejected before anything else,
 * even for a claim that turns out exempt; a value that only one rule needs is required only when
 * that rule applies.
 */
final class PayoutInputs {

    private PayoutInputs() {
    }

    static void requireConsistent(PayoutRequest request) {
        if (request.lossType() == null) {
            throw PayoutRefusal.of("lossType", "claim.refused.payout.required");
        }
        if (request.responsibleParty() == null) {
            throw PayoutRefusal.of("responsibleParty", "claim.refused.payout.party-required");
        }
        if (request.postage() == null) {
            throw PayoutRefusal.of("postage", "claim.refused.payout.required");
        }
        requireNotNegative("postage", request.postage());
        requireNotNegative("declaredValue", request.declaredValue());
        requireNotNegative("insuranceFee", request.insuranceFee());
        requireNotNegative("actualLoss", request.actualLoss());
        requireNotNegative("fullValue", request.fullValue());
        if (request.insured() && request.declaredValue() == null) {
            throw PayoutRefusal.of("declaredValue", "claim.refused.payout.declared-value-required");
        }
        if (request.insured() && request.declaredValue().signum() == 0) {
            throw PayoutRefusal.of("declaredValue", "claim.refused.payout.declared-value-zero");
        }
        if (request.actualLoss() != null && request.fullValue() != null
                && request.actualLoss().compareTo(request.fullValue()) > 0) {
            throw PayoutRefusal.of("actualLoss", "claim.refused.payout.loss-above-value");
        }
    }

    static BigDecimal requireActualLoss(PayoutRequest request) {
        if (request.actualLoss() == null) {
            throw PayoutRefusal.of("actualLoss", "claim.refused.payout.actual-loss-required", request.lossType().name());
        }
        return request.actualLoss();
    }

    static BigDecimal requireFullValueForRatio(PayoutRequest request) {
        BigDecimal fullValue = request.fullValue();
        if (fullValue == null) {
            throw PayoutRefusal.of("fullValue", "claim.refused.payout.full-value-required");
        }
        if (fullValue.signum() == 0) {
            throw PayoutRefusal.of("fullValue", "claim.refused.payout.full-value-zero");
        }
        return fullValue;
    }

    private static void requireNotNegative(String field, BigDecimal amount) {
        if (amount != null && amount.signum() < 0) {
            throw PayoutRefusal.of(field, "claim.refused.payout.negative");
        }
    }
}
