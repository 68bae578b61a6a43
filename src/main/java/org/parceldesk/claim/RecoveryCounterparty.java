package org.parceldesk.claim;

/** Who a paid claim is recovered from, other than a station. */
public enum RecoveryCounterparty {
    /** 保险公司: the insurer of an insured shipment. */
    INSURER,
    /** 干线承运商: the linehaul carrier that lost or damaged it. */
    LINEHAUL_CARRIER
}
