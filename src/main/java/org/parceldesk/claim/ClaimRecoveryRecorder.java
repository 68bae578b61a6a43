package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.parceldesk.common.InputLimits;
import org.parceldesk.common.Money;
import org.springframework.stereotype.Component;

/** On completion of {@code Insurance / carrier recovery}: records what was recovered, from whom. */
@Component("claimRecoveryRecorder")
class ClaimRecoveryRecorder implements TaskListener {

    private final ClaimRecoveries recoveries;
    private final InputLimits limits;

    ClaimRecoveryRecorder(ClaimRecoveries recoveries, InputLimits limits) {
        this.limits = limits;
        this.recoveries = recoveries;
    }

    @Override
    public void notify(DelegateTask task) {
        java.math.BigDecimal amount = EngineValues.amount(task, "recoveredAmount", limits);
        if (amount == null) {
            throw new InvalidPayoutInputException("recoveredAmount", "is required (0 if nothing was recovered)");
        }
        recoveries.recordRecovery(EngineValues.caseNo(task),
                EngineValues.choice(task, "recoveryCounterparty", RecoveryCounterparty.class), Money.of(amount),
                EngineValues.text(task, "recoveryReference"), EngineValues.text(task, "recoveryNote"),
                EngineValues.actingUser(task));
    }
}
