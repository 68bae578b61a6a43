package org.parceldesk.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parceldesk.common.FieldProblem;
import org.parceldesk.common.InputLimits;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.Messages;
import org.parceldesk.shipment.ShipmentDirectory;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.springframework.stereotype.Component;

/** The calculator over HTTP: no case is created. Invalid input becomes a 400 naming the field. */
@Component
class ClaimQuotes {

    private final PayoutCalculator calculator;
    private final ShipmentDirectory shipments;
    private final InputLimits limits;
    private final Messages messages;

    ClaimQuotes(PayoutCalculator calculator, ShipmentDirectory shipments, InputLimits limits, Messages messages) {
        this.calculator = calculator;
        this.shipments = shipments;
        this.limits = limits;
        this.messages = messages;
    }

    Payout quote(ClaimQuoteRequest q) {
        checkAmounts(q);
        PayoutRequest request;
        boolean wrongRecipient = Boolean.TRUE.equals(q.wrongRecipientDetails());
        if (q.waybillNo() != null && !q.waybillNo().isBlank()) {
            ShipmentSnapshot s = shipments.find(q.waybillNo().trim())
                    .orElseThrow(() -> ApiProblem.unprocessable("waybillNo", messages.get("claim.waybill.unknown", q.waybillNo())));
            request = new PayoutRequest(q.lossType(), s.serviceType(), s.postage(), s.insured(), s.declaredValue(),
                    s.insuranceFee(), q.actualLoss(), q.fullValue(), q.responsibleParty(), s.promisedAt(), s.deliveredAt(),
                    wrongRecipient);
        } else {
            request = new PayoutRequest(q.lossType(), q.serviceType(), q.postage(), Boolean.TRUE.equals(q.insured()),
                    q.declaredValue(), q.insuranceFee(), q.actualLoss(), q.fullValue(), q.responsibleParty(), q.promisedAt(),
                    q.deliveredAt(), wrongRecipient);
        }
        // a refusal of the calculator is a StepRefused (400, the field at fault, the reader's language)
        return calculator.calculate(request);
    }

    /** Every amount bounded before the calculator does any arithmetic, all refusals in one answer. */
    private void checkAmounts(ClaimQuoteRequest q) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put("postage", q.postage());
        amounts.put("declaredValue", q.declaredValue());
        amounts.put("insuranceFee", q.insuranceFee());
        amounts.put("actualLoss", q.actualLoss());
        amounts.put("fullValue", q.fullValue());
        amounts.forEach((field, amount) -> {
            String refusal = amount == null ? null : limits.moneyRefusal(amount);
            if (refusal != null) {
                problems.add(new FieldProblem(field, refusal));
            }
        });
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
    }
}
