package org.parceldesk.claim;

import org.parceldesk.common.Messages;
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

    private final Messages messages;

    ClaimRecoveryRecorder(ClaimRecoveries recoveries, InputLimits limits, Messages messages) {
        this.messages = messages;
        this.limits = limits;
        this.recoveries = recoveries;
    }

    @Override
    public void notify(DelegateTask task) {
        java.math.BigDecimal amount = EngineValues.amount(task, ClaimProcess.RECOVERED_AMOUNT, limits);
        if (amount == null) {
            throw new InvalidPayoutInputException("recoveredAmount", messages.get("claim.recovery.amount-required"));
        }
        recoveries.recordRecovery(EngineValues.caseNo(task),
                EngineValues.choice(task, ClaimProcess.RECOVERY_COUNTERPARTY, RecoveryCounterparty.class), Money.of(amount),
                EngineValues.text(task, ClaimProcess.RECOVERY_REFERENCE), EngineValues.text(task, ClaimProcess.RECOVERY_NOTE),
                EngineValues.actingUser(task));
    }
}
