package org.parceldesk.complaint;

import org.parceldesk.common.EnumLabels;
import org.parceldesk.violation.ViolationType;

/**
 * What the customer complains about. The WeChat express complaint code is kept where one exists,
 * so that exports to the regulator's categories stay mechanical.
 */
public enum ComplaintCategory {
    DELAY("1004", ViolationType.LATE_NO_NOTICE),
    LOSS("1005", ViolationType.LOST_BY_NEGLIGENCE),
    DAMAGE("1006", ViolationType.MISHANDLING),
    ATTITUDE("1007", ViolationType.RUDE),
    FALSE_DELIVERY(null, ViolationType.FALSE_DELIVERY),
    UNAUTHORIZED_LOCKER(null, ViolationType.UNAUTHORIZED_LOCKER),
    PRIVATE_CHARGE(null, ViolationType.PRIVATE_CHARGE),
    PICKUP(null, ViolationType.LATE_NO_NOTICE),
    /** No default violation type: the investigator names one when the courier is at fault. */
    OTHER("1008", null);

    private final String wechatCode;
    private final ViolationType violationType;

    ComplaintCategory(String wechatCode, ViolationType violationType) {
        this.wechatCode = wechatCode;
        this.violationType = violationType;
    }

    /**
     * The Chinese label ({@code enum.ComplaintCategory.<CONSTANT>} in the bundles); {@code Messages.label}
     * gives the reader's language.
     */
    public String label() {
        return EnumLabels.chinese(this);
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
