package org.parceldesk.claim;

import java.math.BigDecimal;

/**
 * A claim as filed.
 *
 * @param reportedLossType what the customer says happened; the handler's assessment decides
 * @param claimedAmount    what the customer asks for, if they say; the calculator decides the payout
 */
public record NewClaim(
        ClaimOrigin origin,
        String complaintCaseNo,
        String waybillNo,
        CustomerContact customer,
        String description,
        LossType reportedLossType,
        BigDecimal claimedAmount) {
}
