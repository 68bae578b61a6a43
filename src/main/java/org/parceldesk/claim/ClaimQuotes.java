package org.parceldesk.claim;

import org.parceldesk.common.ApiProblem;
import org.parceldesk.shipment.ShipmentDirectory;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.springframework.stereotype.Component;

/** The calculator over HTTP: no case is created. Invalid input becomes a 400 naming the field. */
@Component
class ClaimQuotes {

    private final PayoutCalculator calculator;
    private final ShipmentDirectory shipments;

    ClaimQuotes(PayoutCalculator calculator, ShipmentDirectory shipments) {
        this.calculator = calculator;
        this.shipments = shipments;
    }

    Payout quote(ClaimQuoteRequest q) {
        PayoutRequest request;
        boolean wrongRecipient = Boolean.TRUE.equals(q.wrongRecipientDetails());
        if (q.waybillNo() != null && !q.waybillNo().isBlank()) {
            ShipmentSnapshot s = shipments.find(q.waybillNo().trim())
                    .orElseThrow(() -> ApiProblem.unprocessable("waybillNo", "Unknown waybill " + q.waybillNo()));
            request = new PayoutRequest(q.lossType(), s.serviceType(), s.postage(), s.insured(), s.declaredValue(),
                    s.insuranceFee(), q.actualLoss(), q.fullValue(), q.responsibleParty(), s.promisedAt(), s.deliveredAt(),
                    wrongRecipient);
        } else {
            request = new PayoutRequest(q.lossType(), q.serviceType(), q.postage(), Boolean.TRUE.equals(q.insured()),
                    q.declaredValue(), q.insuranceFee(), q.actualLoss(), q.fullValue(), q.responsibleParty(), q.promisedAt(),
                    q.deliveredAt(), wrongRecipient);
        }
        try {
            return calculator.calculate(request);
        } catch (InvalidPayoutInputException e) {
            throw ApiProblem.invalid(e.field(), e.reason());
        }
    }
}
