package org.parceldesk.claim;

import java.math.BigDecimal;
import java.time.Instant;
import org.parceldesk.common.ResponsibleParty;
import org.parceldesk.shipment.ServiceType;

/**
 * A payout question without a case: either every fact, or {@code waybillNo} plus the assessment
 * ({@code lossType}, {@code responsibleParty}, {@code actualLoss}, {@code fullValue},
 * {@code wrongRecipientDetails}) with the shipment's facts taken from the shipment.
 */
public record ClaimQuoteRequest(
        String waybillNo,
        LossType lossType,
        ServiceType serviceType,
        BigDecimal postage,
        Boolean insured,
        BigDecimal declaredValue,
        BigDecimal insuranceFee,
        BigDecimal actualLoss,
        BigDecimal fullValue,
        ResponsibleParty responsibleParty,
        Instant promisedAt,
        Instant deliveredAt,
        Boolean wrongRecipientDetails) {
}
