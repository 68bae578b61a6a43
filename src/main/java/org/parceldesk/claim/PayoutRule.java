package org.parceldesk.claim;

/**
 * The rule a payout was calculated by. Its {@link #name()} is the stable rule code stored with the
 * claim, shown to staff and used in reports, so constants may be added but never renamed.
 *
 * <p>"Cap" below is the uninsured cap: {@code multiplier × postage}, or the fixed cap per waybill
 * when one is configured and lower (see {@link PayoutPolicy}).
 */
public enum PayoutRule {

    /** DELAY within the total-delay limit: the postage is refunded, the insurance fee is not. */
    DELAY_POSTAGE_REFUND,
    /** DELAY beyond the total-delay limit, insured: paid as a loss, postage + min(actual loss, declared value). */
    DELAY_AS_LOSS_INSURED,
    /** DELAY beyond the total-delay limit, uninsured: paid as a loss, postage + min(actual loss, cap). */
    DELAY_AS_LOSS_UNINSURED,
    /** LOSS, DAMAGE_TOTAL or WRONG_CONTENTS, insured: postage + min(actual loss, declared value). */
    LOSS_INSURED,
    /** LOSS, DAMAGE_TOTAL or WRONG_CONTENTS, uninsured: postage + min(actual loss, cap). */
    LOSS_UNINSURED,
    /** DAMAGE_PARTIAL or SHORTAGE, insured: postage + actual loss × min(1, declared value ÷ full value). */
    PARTIAL_INSURED,
    /** DAMAGE_PARTIAL or SHORTAGE, uninsured: postage + min(actual loss, cap). */
    PARTIAL_UNINSURED,
    /** Nothing paid: the customer is responsible (wrong address, packing, nature of the goods). */
    EXEMPT_CUSTOMER,
    /** Nothing paid: force majeure and the shipment is not insured (insured shipments are still paid). */
    EXEMPT_FORCE_MAJEURE,
    /** Nothing paid: a delay caused by wrong recipient details is not a delay. */
    EXEMPT_WRONG_RECIPIENT
}
