package org.parceldesk.claim;

import java.math.BigDecimal;
import java.time.Instant;
import org.parceldesk.common.ResponsibleParty;
import org.parceldesk.shipment.ServiceType;

/**
 * The facts of an assessed claim that decide its payout. Amounts are yuan; which of them are
 * required depends on the rule that applies (see {@link PayoutCalculator}), so most are nullable.
 *
 * @param lossType              what happened; always required
 * @param serviceType           service level; required for a DELAY (it sets the total-delay limit)
 * @param postage               postage paid (运费), without the insurance fee; always required
 * @param insured               whether the shipment was insured (保价)
 * @param declaredValue         insured value (保价金额); required and positive when insured
 * @param insuranceFee          insurance fee paid (保价费); never refunded, shown for information only
 * @param actualLoss            the loss as assessed (实际损失); required whenever goods are compensated
 * @param fullValue             the item's full value (实际价值); required for an insured partial loss
 * @param responsibleParty      who caused the loss; always required ({@code NONE} if no one)
 * @param promisedAt            promised delivery time; required for a DELAY
 * @param deliveredAt           actual delivery time; {@code null} when not delivered yet
 * @param wrongRecipientDetails the delay was caused by wrong recipient details given by the customer
 */
public record PayoutRequest(
        LossType lossType,
        ServiceType serviceType,
        BigDecimal postage,
        boolean insured,
        BigDecimal declaredValue,
        BigDecimal insuranceFee,
        BigDecimal actualLoss,
        BigDecimal fullValue,
        ResponsibleParty responsibleParty,
        Instant promisedAt,
        Instant deliveredAt,
        boolean wrongRecipientDetails) {
}
