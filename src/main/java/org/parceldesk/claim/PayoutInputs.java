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
            throw new InvalidPayoutInputException("lossType", "is required");
        }
        if (request.responsibleParty() == null) {
            throw new InvalidPayoutInputException("responsibleParty", "is required (NONE if no one is responsible)");
        }
        if (request.postage() == null) {
            throw new InvalidPayoutInputException("postage", "is required");
        }
        requireNotNegative("postage", request.postage());
        requireNotNegative("declaredValue", request.declaredValue());
        requireNotNegative("insuranceFee", request.insuranceFee());
        requireNotNegative("actualLoss", request.actualLoss());
        requireNotNegative("fullValue", request.fullValue());
        if (request.insured() && request.declaredValue() == null) {
            throw new InvalidPayoutInputException("declaredValue", "is required for an insured shipment");
        }
        if (request.insured() && request.declaredValue().signum() == 0) {
            throw new InvalidPayoutInputException("declaredValue", "must be greater than zero for an insured shipment");
        }
        if (request.actualLoss() != null && request.fullValue() != null
                && request.actualLoss().compareTo(request.fullValue()) > 0) {
            throw new InvalidPayoutInputException("actualLoss", "must not exceed the item's full value");
        }
    }

    static BigDecimal requireActualLoss(PayoutRequest request) {
        if (request.actualLoss() == null) {
            throw new InvalidPayoutInputException("actualLoss", "is required to compensate a " + request.lossType());
        }
        return request.actualLoss();
    }

    static BigDecimal requireFullValueForRatio(PayoutRequest request) {
        BigDecimal fullValue = request.fullValue();
        if (fullValue == null) {
            throw new InvalidPayoutInputException("fullValue", "is required to pro-rate an insured partial loss");
        }
        if (fullValue.signum() == 0) {
            throw new InvalidPayoutInputException("fullValue", "must be greater than zero to pro-rate an insured partial loss");
        }
        return fullValue;
    }

    private static void requireNotNegative(String field, BigDecimal amount) {
        if (amount != null && amount.signum() < 0) {
            throw new InvalidPayoutInputException(field, "must not be negative");
        }
    }
}
