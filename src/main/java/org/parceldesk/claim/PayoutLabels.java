package org.parceldesk.claim;

import java.math.BigDecimal;
import org.parceldesk.common.Money;

/** The wording of payout lines as the customer reads them: Chinese first, then the English term. */
final class PayoutLabels {

    static final String POSTAGE_REFUND = "退还运费 Postage refund";
    static final String INSURANCE_FEE_NOT_REFUNDED = "保价费不予退还 Insurance fee not refunded";
    static final String TOTAL_DELAY_AS_LOSS = "彻底延误，按丢失赔偿 Total delay, compensated as a loss";
    static final String INSURED_UP_TO_DECLARED_VALUE =
            "保价赔偿（以保价金额为限）Insured compensation (up to the declared value)";
    static final String INSURED_PRO_RATA =
            "保价赔偿（按保价金额占实际价值的比例）Insured compensation (in proportion of declared value to full value)";
    static final String EXEMPT_CUSTOMER =
            "不予赔偿：因客户原因（地址错误、包装不当或物品性质）造成 "
                    + "No compensation: caused by the customer (wrong address, packing or nature of the goods)";
    static final String EXEMPT_FORCE_MAJEURE =
            "不予赔偿：不可抗力造成，且快件未保价 No compensation: force majeure, and the shipment was not insured";
    static final String EXEMPT_WRONG_RECIPIENT =
            "不予赔偿：因收件人信息有误造成的延误不属于延误 "
                    + "No compensation: a delay caused by wrong recipient details is not a delay";

    private PayoutLabels() {
    }

    static String uninsuredUpToMultiple(BigDecimal multiplier) {
        String times = multiplier.stripTrailingZeros().toPlainString();
        return "未保价赔偿（以运费的 " + times + " 倍为限）Uninsured compensation (up to " + times + " × postage)";
    }

    static String uninsuredUpToFixedCap(Money fixedCap) {
        return "未保价赔偿（每单以 " + fixedCap + " 元为限）Uninsured compensation (up to " + fixedCap + " per waybill)";
    }
}
