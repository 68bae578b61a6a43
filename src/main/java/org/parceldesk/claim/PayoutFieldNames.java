package org.parceldesk.claim;

import java.util.Map;

/**
 * The Chinese names of the payout and task inputs, so that a refusal names the field the way the
 * form labels it ("实际损失不能为负数 actualLoss must not be negative"): Chinese first, the English
 * sentence with the field's id after it, as every ParcelDesk refusal (picked by Accept-Language).
 */
final class PayoutFieldNames {

    private static final Map<String, String> CHINESE = Map.ofEntries(
            Map.entry("lossType", "损失类型"),
            Map.entry("responsibleParty", "责任方"),
            Map.entry("postage", "运费"),
            Map.entry("declaredValue", "保价金额"),
            Map.entry("insuranceFee", "保价费"),
            Map.entry("actualLoss", "实际损失"),
            Map.entry("fullValue", "物品实际价值"),
            Map.entry("serviceType", "服务类型"),
            Map.entry("promisedAt", "承诺送达时间"),
            Map.entry("deliveredAt", "实际送达时间"),
            Map.entry("recoveredAmount", "追偿金额"),
            Map.entry("recoveryCounterparty", "追偿对象"),
            Map.entry("customerDecision", "客户决定"),
            Map.entry("supervisorDecision", "主管审批意见"),
            Map.entry("managerDecision", "经理审批意见"),
            Map.entry("outcome", "结案结果"),
            Map.entry("template", "通知模板"));

    private PayoutFieldNames() {
    }

    /** The field's Chinese name, or its id for a field without one. */
    static String chinese(String field) {
        return CHINESE.getOrDefault(field, field);
    }

    /** "实际损失不能为负数 actualLoss must not be negative" from the field, the Chinese and the English reason. */
    static String refusal(String field, String chineseReason, String englishReason) {
        return chinese(field) + chineseReason + " " + field + " " + englishReason;
    }

    /** The money checks of {@link org.parceldesk.common.Money#refusal} (English) as a bilingual refusal. */
    static String moneyRefusal(String field, String englishRefusal) {
        String chinese;
        if (englishRefusal.startsWith("must not be negative")) {
            chinese = "不能为负数";
        } else if (englishRefusal.startsWith("must not be more than ")) {
            chinese = "不能超过 " + englishRefusal.substring("must not be more than ".length()) + " 元";
        } else if (englishRefusal.startsWith("must have at most 2 decimals")) {
            chinese = "最多保留两位小数";
        } else {
            chinese = "不是有效金额";
        }
        return refusal(field, chinese, englishRefusal);
    }
}
