package org.parceldesk.violation;

import org.parceldesk.common.EnumLabels;

/**
 * What a courier did wrong, from the company's 服务质量管理制度 and the 快递市场管理办法 2023.
 * The names are the values the {@code violation-penalty} decision table matches on.
 */
public enum ViolationType {
    LATE_NO_NOTICE,
    PRIVATE_CHARGE,
    GIFT_TAKEN,
    LEFT_BEFORE_CHECK,
    RUDE,
    FALSE_DELIVERY,
    /** 快递市场管理办法 2023 art. 28. */
    UNAUTHORIZED_LOCKER,
    /** 快递市场管理办法 2023 art. 26. */
    MISHANDLING,
    LOST_BY_NEGLIGENCE,
    DRESS_CODE,
    SPEEDING,
    DATA_LEAK;

    /** The Chinese name shown to inspectors, station managers and couriers. */
    /**
     * The Chinese label ({@code enum.ViolationType.<CONSTANT>} in the bundles); {@code Messages.label}
     * gives the reader's language.
     */
    public String label() {
        return EnumLabels.chinese(this);
    }
}
