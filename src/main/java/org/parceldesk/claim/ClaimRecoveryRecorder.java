package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.parceldesk.common.InputLimits;
import org.parceldesk.common.Money;
import org.parceldesk.common.StepRefused;
import org.parceldesk.workflow.CaseKeys;
import org.parceldesk.workflow.EngineTasks;
import org.parceldesk.workflow.TaskInput;
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
        TaskInput input = EngineTasks.input(task, ClaimProcess.TASK_FIELDS);
        java.math.BigDecimal amount = input.amount(ClaimProcess.RECOVERED_AMOUNT, limits);
        if (amount == null) {
            throw StepRefused.badInput(ClaimProcess.RECOVERED_AMOUNT, "claim.refused.recovered-amount-required");
        }
        recoveries.recordRecovery(CaseKeys.caseNo(task),
                input.requiredChoice(ClaimProcess.RECOVERY_COUNTERPARTY, RecoveryCounterparty.class), Money.of(amount),
                input.text(ClaimProcess.RECOVERY_REFERENCE), input.text(ClaimProcess.RECOVERY_NOTE),
                EngineTasks.actingUser(task));
    }
}
