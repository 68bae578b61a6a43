package org.parceldesk.claim;

import java.math.BigDecimal;
import java.time.Instant;
import org.parceldesk.common.ResponsibleParty;
import org.parceldesk.shipment.ServiceType;

/** Test data: starts as a valid uninsured DOMESTIC loss caused by a courier; each test changes what it is about. */
final class PayoutRequestBuilder {

    private LossType lossType = LossType.LOSS;
    private ServiceType serviceType = ServiceType.DOMESTIC;
    private BigDecimal postage = new BigDecimal("12.00");
    private boolean insured;
    private BigDecimal declaredValue;
    private BigDecimal insuranceFee;
    private BigDecimal actualLoss = new BigDecimal("100.00");
    private BigDecimal fullValue;
    private ResponsibleParty responsibleParty = ResponsibleParty.COURIER;
    private Instant promisedAt = Instant.parse("2025-06-20T10:00:00Z");
    private Instant deliveredAt = Instant.parse("2025-06-22T10:00:00Z");
    private boolean wrongRecipientDetails;

    static PayoutRequestBuilder claim() {
        return new PayoutRequestBuilder();
    }

    PayoutRequestBuilder lossType(LossType lossType) {
        this.lossType = lossType;
        return this;
    }

    PayoutRequestBuilder serviceType(ServiceType serviceType) {
        this.serviceType = serviceType;
        return this;
    }

    PayoutRequestBuilder postage(String postage) {
        this.postage = amount(postage);
        return this;
    }

    PayoutRequestBuilder insured(String declaredValue) {
        this.insured = true;
        this.declaredValue = amount(declaredValue);
        return this;
    }

    PayoutRequestBuilder uninsured() {
        this.insured = false;
        this.declaredValue = null;
        return this;
    }

    PayoutRequestBuilder declaredValue(String declaredValue) {
        this.declaredValue = amount(declaredValue);
        return this;
    }

    PayoutRequestBuilder insuranceFee(String insuranceFee) {
        this.insuranceFee = amount(insuranceFee);
        return this;
    }

    PayoutRequestBuilder actualLoss(String actualLoss) {
        this.actualLoss = amount(actualLoss);
        return this;
    }

    PayoutRequestBuilder fullValue(String fullValue) {
        this.fullValue = amount(fullValue);
        return this;
    }

    PayoutRequestBuilder responsibleParty(ResponsibleParty responsibleParty) {
        this.responsibleParty = responsibleParty;
        return this;
    }

    PayoutRequestBuilder promisedAt(String promisedAt) {
        this.promisedAt = promisedAt == null ? null : Instant.parse(promisedAt);
        return this;
    }

    PayoutRequestBuilder deliveredAt(String deliveredAt) {
        this.deliveredAt = deliveredAt == null ? null : Instant.parse(deliveredAt);
        return this;
    }

    PayoutRequestBuilder wrongRecipientDetails() {
        this.wrongRecipientDetails = true;
        return this;
    }

    PayoutRequest build() {
        return new PayoutRequest(lossType, serviceType, postage, insured, declaredValue, insuranceFee,
                actualLoss, fullValue, responsibleParty, promisedAt, deliveredAt, wrongRecipientDetails);
    }

    private static BigDecimal amount(String amount) {
        return amount == null ? null : new BigDecimal(amount);
    }
}
