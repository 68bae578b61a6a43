package org.parceldesk.claim;

import static org.parceldesk.claim.PayoutRule.DELAY_AS_LOSS_INSURED;
import static org.parceldesk.claim.PayoutRule.DELAY_AS_LOSS_UNINSURED;
import static org.parceldesk.claim.PayoutRule.LOSS_INSURED;
import static org.parceldesk.claim.PayoutRule.LOSS_UNINSURED;
import static org.parceldesk.claim.PayoutRule.PARTIAL_INSURED;
import static org.parceldesk.claim.PayoutRule.PARTIAL_UNINSURED;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parceldesk.common.Money;
import org.parceldesk.common.ResponsibleParty;

/**
 * Calculates what a claim pays, following the payout table of the claim-compensation domain
 * (docs: domain.md §2). Each result names its {@link PayoutRule} and breaks the amount down into
 * lines; every line is rounded once, to fen HALF_UP, after any ratio has been applied.
 *
 * <p>Order of decisions: inconsistent input is rejected ({@link PayoutRefusal});
 * then exemptions (wrong recipient details on a DELAY, responsible party CUSTOMER, FORCE_MAJEURE
 * when uninsured) pay nothing; then the loss type picks the rule. The insurance fee is never
 * refunded.
 */
public class PayoutCalculator {

    private final PayoutPolicy policy;
    private final Clock clock;

    public PayoutCalculator(PayoutPolicy policy, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Payout calculate(PayoutRequest request) {
        Objects.requireNonNull(request, "request");
        PayoutInputs.requireConsistent(request);
        return exemption(request).orElseGet(() -> switch (request.lossType()) {
            case DELAY -> delay(request);
            case LOSS, DAMAGE_TOTAL, WRONG_CONTENTS -> loss(request, LOSS_INSURED, LOSS_UNINSURED, List.of());
            case DAMAGE_PARTIAL, SHORTAGE -> partialLoss(request);
        });
    }

    private Optional<Payout> exemption(PayoutRequest request) {
        // Wrong recipient details are the customer's fault too; name the specific reason first.
        if (request.lossType() == LossType.DELAY && request.wrongRecipientDetails()) {
            return Optional.of(exempt(PayoutRule.EXEMPT_WRONG_RECIPIENT, PayoutLabels.EXEMPT_WRONG_RECIPIENT));
        }
        if (request.responsibleParty() == ResponsibleParty.CUSTOMER) {
            return Optional.of(exempt(PayoutRule.EXEMPT_CUSTOMER, PayoutLabels.EXEMPT_CUSTOMER));
        }
        if (request.responsibleParty() == ResponsibleParty.FORCE_MAJEURE && !request.insured()) {
            return Optional.of(exempt(PayoutRule.EXEMPT_FORCE_MAJEURE, PayoutLabels.EXEMPT_FORCE_MAJEURE));
        }
        return Optional.empty();
    }

    private static Payout exempt(PayoutRule rule, String reason) {
        return Payout.of(rule, List.of(new PayoutLine(reason, Money.ZERO)));
    }

    private Payout delay(PayoutRequest request) {
        if (TotalDelay.isTotal(request, policy, clock.instant())) {
            List<PayoutLine> notice = List.of(new PayoutLine(PayoutLabels.TOTAL_DELAY_AS_LOSS, Money.ZERO));
            return loss(request, DELAY_AS_LOSS_INSURED, DELAY_AS_LOSS_UNINSURED, notice);
        }
        return Payout.of(PayoutRule.DELAY_POSTAGE_REFUND, breakdown(request, List.of(), List.of()));
    }

    private Payout loss(PayoutRequest request, PayoutRule insuredRule, PayoutRule uninsuredRule, List<PayoutLine> notice) {
        BigDecimal actualLoss = PayoutInputs.requireActualLoss(request);
        if (request.insured()) {
            Money compensation = Money.of(actualLoss.min(request.declaredValue()));
            PayoutLine line = new PayoutLine(PayoutLabels.INSURED_UP_TO_DECLARED_VALUE, compensation);
            return Payout.of(insuredRule, breakdown(request, notice, List.of(line)));
        }
        PayoutLine line = uninsuredCompensation(request.postage(), actualLoss);
        return Payout.of(uninsuredRule, breakdown(request, notice, List.of(line)));
    }

    private Payout partialLoss(PayoutRequest request) {
        BigDecimal actualLoss = PayoutInputs.requireActualLoss(request);
        if (!request.insured()) {
            PayoutLine line = uninsuredCompensation(request.postage(), actualLoss);
            return Payout.of(PARTIAL_UNINSURED, breakdown(request, List.of(), List.of(line)));
        }
        BigDecimal fullValue = PayoutInputs.requireFullValueForRatio(request);
        BigDecimal declaredValue = request.declaredValue();
        Money compensation = declaredValue.compareTo(fullValue) >= 0
                ? Money.of(actualLoss)
                // actual loss × (declared ÷ full): multiplying first keeps the product exact, so the
                // division's rounding to fen is the only rounding; a rounded ratio could tip an x.xx5.
                : Money.of(actualLoss.multiply(declaredValue).divide(fullValue, 2, RoundingMode.HALF_UP));
        PayoutLine line = new PayoutLine(PayoutLabels.INSURED_PRO_RATA, compensation);
        return Payout.of(PARTIAL_INSURED, breakdown(request, List.of(), List.of(line)));
    }

    /** min(actual loss, cap), where the cap is multiplier × postage or the fixed cap if lower. */
    private PayoutLine uninsuredCompensation(BigDecimal postage, BigDecimal actualLoss) {
        BigDecimal multipleOfPostage = policy.multiplier().multiply(postage);
        BigDecimal fixedCap = policy.fixedCap();
        if (fixedCap != null && fixedCap.compareTo(multipleOfPostage) < 0) {
            return new PayoutLine(PayoutLabels.uninsuredUpToFixedCap(Money.of(fixedCap)), Money.of(actualLoss.min(fixedCap)));
        }
        return new PayoutLine(PayoutLabels.uninsuredUpToMultiple(policy.multiplier()),
                Money.of(actualLoss.min(multipleOfPostage)));
    }

    /** Notices, the postage refund, the compensation, then a note when an insurance fee was paid. */
    private static List<PayoutLine> breakdown(PayoutRequest request, List<PayoutLine> notice, List<PayoutLine> compensation) {
        List<PayoutLine> lines = new ArrayList<>(notice);
        lines.add(new PayoutLine(PayoutLabels.POSTAGE_REFUND, Money.of(request.postage())));
        lines.addAll(compensation);
        if (request.insuranceFee() != null && request.insuranceFee().signum() > 0) {
            // Customers often expect the insurance fee back; the line says plainly that it is not.
            lines.add(new PayoutLine(PayoutLabels.INSURANCE_FEE_NOT_REFUNDED, Money.ZERO));
        }
        return lines;
    }
}
