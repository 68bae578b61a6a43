package org.parceldesk.complaint;

import org.parceldesk.violation.ViolationType;

/**
 * What the customer complains about. The WeChat express complaint code is kept where one exists,
 * so that exports to the regulator's categories stay mechanical.
 */
public enum ComplaintCategory {
    DELAY("延误", "1004", ViolationType.LATE_NO_NOTICE),
    LOSS("丢失", "1005", ViolationType.LOST_BY_NEGLIGENCE),
    DAMAGE("损毁/内件短少", "1006", ViolationType.MISHANDLING),
    ATTITUDE("服务态度", "1007", ViolationType.RUDE),
    FALSE_DELIVERY("虚假签收/未送货上门", null, ViolationType.FALSE_DELIVERY),
    UNAUTHORIZED_LOCKER("未经同意投放快递柜或驿站", null, ViolationType.UNAUTHORIZED_LOCKER),
    PRIVATE_CHARGE("私自收费", null, ViolationType.PRIVATE_CHARGE),
    PICKUP("揽收不及时", null, ViolationType.LATE_NO_NOTICE),
    /** No default violation type: the investigator names one when the courier is at fault. */
    OTHER("其他", "1008", null);

    private final String label;
    private final String wechatCode;
    private final ViolationType violationType;

    ComplaintCategory(String label, String wechatCode, ViolationType violationType) {
        this.label = label;
        this.wechatCode = wechatCode;
        this.violationType = violationType;
    }

    public String label() {
        return label;
    }

    /** The WeChat express complaint code, or null when the category has none of its own. */
    public String wechatCode() {
        return wechatCode;
    }

    /** The violation a courier at fault most likely committed; null for OTHER. */
    public ViolationType defaultViolationType() {
        return violationType;
    }
}
