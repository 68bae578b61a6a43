package org.parceldesk.claim;

/** What happened to a shipment, as found by the claims handler; it selects the payout rule. */
public enum LossType {
    /** 延误: delivered late, or not yet delivered after the promised time. */
    DELAY,
    /** 丢失: the shipment is lost. */
    LOSS,
    /** 全部损毁: the contents are destroyed. */
    DAMAGE_TOTAL,
    /** 部分损毁: part of the value is destroyed. */
    DAMAGE_PARTIAL,
    /** 内件不符(全部): the contents are not what was shipped. */
    WRONG_CONTENTS,
    /** 内件短少: part of the contents is missing. */
    SHORTAGE
}
