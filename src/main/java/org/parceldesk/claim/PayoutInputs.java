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
            throw InvalidPayoutInputException.of("lossType", "必填", "is required");
        }
        if (request.responsibleParty() == null) {
            throw InvalidPayoutInputException.of("responsibleParty", "必填（无责任方时选 NONE）", "is required (NONE if no one is responsible)");
        }
        if (request.postage() == null) {
            throw InvalidPayoutInputException.of("postage", "必填", "is required");
        }
        requireNotNegative("postage", request.postage());
        requireNotNegative("declaredValue", request.declaredValue());
        requireNotNegative("insuranceFee", request.insuranceFee());
        requireNotNegative("actualLoss", request.actualLoss());
        requireNotNegative("fullValue", request.fullValue());
        if (request.insured() && request.declaredValue() == null) {
            throw InvalidPayoutInputException.of("declaredValue", "必填（快件已保价）", "is required for an insured shipment");
        }
        if (request.insured() && request.declaredValue().signum() == 0) {
            throw InvalidPayoutInputException.of("declaredValue", "须大于零（快件已保价）", "must be greater than zero for an insured shipment");
        }
        if (request.actualLoss() != null && request.fullValue() != null
                && request.actualLoss().compareTo(request.fullValue()) > 0) {
            throw InvalidPayoutInputException.of("actualLoss", "不能超过物品实际价值", "must not exceed the item's full value");
        }
    }

    static BigDecimal requireActualLoss(PayoutRequest request) {
        if (request.actualLoss() == null) {
            throw InvalidPayoutInputException.of("actualLoss", "必填（赔偿 " + request.lossType() + " 须知实际损失）",
                    "is required to compensate a " + request.lossType());
        }
        return request.actualLoss();
    }

    static BigDecimal requireFullValueForRatio(PayoutRequest request) {
        BigDecimal fullValue = request.fullValue();
        if (fullValue == null) {
            throw InvalidPayoutInputException.of("fullValue", "必填（保价件部分损失按比例赔偿）",
                    "is required to pro-rate an insured partial loss");
        }
        if (fullValue.signum() == 0) {
            throw InvalidPayoutInputException.of("fullValue", "须大于零（保价件部分损失按比例赔偿）",
                    "must be greater than zero to pro-rate an insured partial loss");
        }
        return fullValue;
    }

    private static void requireNotNegative(String field, BigDecimal amount) {
        if (amount != null && amount.signum() < 0) {
            throw InvalidPayoutInputException.of(field, "不能为负数", "must not be negative");
        }
    }
}
