package org.parceldesk.complaint;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A complaint as a caller submits it. Everything is text so that every wrong field is reported in
 * one 400 answer, enums included.
 */
@Schema(description = "A new complaint (投诉)")
public record NewComplaint(
        @Schema(description = "Waybill number (运单号)", example = "PD2026000001", requiredMode = Schema.RequiredMode.REQUIRED)
        String waybillNo,
        @Schema(description = "How the complaint arrived", example = "PHONE",
                allowableValues = {"PHONE", "WEB", "API", "EMAIL", "REGULATOR"}, requiredMode = Schema.RequiredMode.REQUIRED)
        String channel,
        @Schema(description = "What the complaint is about", example = "DELAY",
                allowableValues = {"DELAY", "LOSS", "DAMAGE", "ATTITUDE", "FALSE_DELIVERY", "UNAUTHORIZED_LOCKER",
                        "PRIVATE_CHARGE", "PICKUP", "OTHER"}, requiredMode = Schema.RequiredMode.REQUIRED)
        String category,
        @Schema(description = "Customer's name", example = "张小明", requiredMode = Schema.RequiredMode.REQUIRED)
        String customerName,
        @Schema(description = "Mainland mobile (11 digits, +86 allowed) or landline with area code; "
                + "may be left out only for channel EMAIL with a customerEmail",
                example = "13812345678", requiredMode = Schema.RequiredMode.REQUIRED)
        String customerPhone,
        @Schema(description = "Customer's e-mail; acknowledgment, reply and survey are sent to it", example = "xiaoming@example.com")
        String customerEmail,
        @Schema(description = "What happened, in the customer's words", example = "快件已超过承诺时效三天仍未送达，客服电话无人接听。",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String description) {
}
