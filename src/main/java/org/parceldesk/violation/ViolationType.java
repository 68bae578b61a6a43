package org.parceldesk.violation;

/**
 * What a courier did wrong, from the company's 服务质量管理制度 and the 快递市场管理办法 2023.
 * The names are the values the {@code violation-penalty} decision table matches on.
 */
public enum ViolationType {
    LATE_NO_NOTICE("未按约定时间上门且未联系"),
    PRIVATE_CHARGE("私自收取费用"),
    GIFT_TAKEN("私吞顾客赠品"),
    LEFT_BEFORE_CHECK("未等顾客验视即离开"),
    RUDE("言语不礼貌或与顾客争执"),
    FALSE_DELIVERY("虚假签收"),
    /** 快递市场管理办法 2023 art. 28. */
    UNAUTHORIZED_LOCKER("未经同意投放快递柜或驿站"),
    /** 快递市场管理办法 2023 art. 26. */
    MISHANDLING("抛扔踩踏快件"),
    LOST_BY_NEGLIGENCE("过失丢件"),
    DRESS_CODE("未按规定着装"),
    SPEEDING("超速"),
    DATA_LEAK("泄露用户信息");

    private final String label;

    ViolationType(String label) {
        this.label = label;
    }

    /** The Chinese name shown to inspectors, station managers and couriers. */
    public String label() {
        return label;
    }
}
