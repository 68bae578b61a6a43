package org.parceldesk.claim;

import java.math.BigDecimal;
import java.util.Locale;
import org.parceldesk.common.Messages;
import org.parceldesk.common.Money;

/**
 * The wording of payout lines as the customer reads them: the Chinese text of {@code claim.payout-line.*}
 * followed by the English one. A line is stored with the claim when it is calculated and shown as stored in
 * the Chinese and the English mails, the portal and the forms, so it keeps both languages rather than the
 * language of whoever's request ran the calculation (docs/messages.md).
 */
final class PayoutLabels {

    // the calculator is plain domain code (made without beans in tests): it reads the bundles through
    // Messages.text, the static entry to the application's one message source

    static final String POSTAGE_REFUND = both("claim.payout-line.postage-refund");
    static final String INSURANCE_FEE_NOT_REFUNDED = both("claim.payout-line.insurance-fee-not-refunded");
    static final String TOTAL_DELAY_AS_LOSS = both("claim.payout-line.total-delay-as-loss");
    static final String INSURED_UP_TO_DECLARED_VALUE = both("claim.payout-line.insured-up-to-declared-value");
    static final String INSURED_PRO_RATA = both("claim.payout-line.insured-pro-rata");
    static final String EXEMPT_CUSTOMER = both("claim.payout-line.exempt-customer");
    static final String EXEMPT_FORCE_MAJEURE = both("claim.payout-line.exempt-force-majeure");
    static final String EXEMPT_WRONG_RECIPIENT = both("claim.payout-line.exempt-wrong-recipient");

    private PayoutLabels() {
    }

    static String uninsuredUpToMultiple(BigDecimal multiplier) {
        return both("claim.payout-line.uninsured-up-to-multiple", multiplier.stripTrailingZeros().toPlainString());
    }

    static String uninsuredUpToFixedCap(Money fixedCap) {
        return both("claim.payout-line.uninsured-up-to-fixed-cap", fixedCap.toString());
    }

    /**
     * "退还运费 Postage refund", "保价赔偿（以保价金额为限）Insured …": Chinese, then English, a space between
     * unless the Chinese ends with a full-width bracket (arguments as text, never number-formatted).
     */
    private static String both(String key, Object... args) {
        String chinese = Messages.text(Messages.DEFAULT, key, args);
        return chinese + (chinese.endsWith("）") ? "" : " ") + Messages.text(Locale.ENGLISH, key, args);
    }
}
