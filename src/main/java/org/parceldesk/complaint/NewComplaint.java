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
        @Schema(description = "Customer's e-mail (optional: a phone is enough); acknowledgment, reply and survey are sent to it", example = "xiaoming@example.com")
        String customerEmail,
        @Schema(description = "What happened, in the customer's words", example = "快件已超过承诺时效三天仍未送达，客服电话无人接听。",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String description,
        @Schema(description = "REGULATOR only, required there: the regulator's reference number (申诉编号)", example = "YZ2026-110-000123")
        String regulatorReference,
        @Schema(description = "REGULATOR only, required there: the day by which the regulator wants the outcome (yyyy-MM-dd, inclusive)",
                example = "2026-03-07")
        String regulatorDeadline,
        @Schema(description = "REGULATOR only: whom to report the outcome to (office, person, phone)", example = "北京市邮政管理局 申诉中心 王科长 010-12345678")
        String regulatorContact) {

    /** A complaint from any channel but REGULATOR. */
    public NewComplaint(String waybillNo, String channel, String category, String customerName, String customerPhone,
            String customerEmail, String description) {
        this(waybillNo, channel, category, customerName, customerPhone, customerEmail, description, null, null, null);
    }
}
