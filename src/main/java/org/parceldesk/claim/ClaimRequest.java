package org.parceldesk.claim;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A claim filed through the API. {@code origin} is API unless a complaint's system files it
 * (COMPLAINT, with {@code complaintCaseNo}); the portal has its own page.
 */
public record ClaimRequest(
        @NotBlank @Size(max = 32) String waybillNo,
        @NotBlank @Size(max = 50) String customerName,
        @Pattern(regexp = PHONE, message = "{claim.request.phone-format}") String customerPhone,
        @Email @Size(max = 120) String customerEmail,
        @Size(max = 2000) String description,
        LossType reportedLossType,
        @DecimalMin(value = "0.00", message = "{problem.money.negative}") BigDecimal claimedAmount,
        ClaimOrigin origin,
        @Pattern(regexp = "TS\\d{14}", message = "{claim.request.complaint-case-format}") String complaintCaseNo) {

    /** Mainland mobile (11 digits from 13–19) or landline with area code. */
    public static final String PHONE = "^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$";
}
