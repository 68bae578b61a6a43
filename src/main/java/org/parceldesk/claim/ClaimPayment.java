package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.parceldesk.common.Money;
import org.parceldesk.workflow.CaseKeys;
import org.springframework.stereotype.Component;

/**
 * Records the payment (asynchronous step: the job is retried on failure). Idempotent through
 * {@link PaymentLedger}: a retry or a second node never pays twice. Sets {@code paid}.
 */
@Component("claimPayment")
class ClaimPayment implements JavaDelegate {

    private final ClaimSteps steps;
    private final PaymentLedger ledger;

    ClaimPayment(ClaimSteps steps, PaymentLedger ledger) {
        this.steps = steps;
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = CaseKeys.caseNo(execution);
        Claim claim = steps.claim(caseNo);
        java.util.Optional<Payment> payment = ledger.pay(caseNo, Money.of(claim.getPayoutAmount()));
        payment.ifPresent(paid -> claim.paid(paid.getAmount(), paid.getReference(), paid.getPaidAt()));
        boolean paid = payment.isPresent();
        execution.setVariable(ClaimProcess.PAID, paid);
    }
}
