package org.parceldesk.claim;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.parceldesk.common.Messages;
import org.parceldesk.workflow.CaseKeys;
import org.springframework.stereotype.Component;

/**
 * Calculates the payout ({@link PayoutCalculator}) and hands the engine what routing and the
 * approver's form need: {@code payout} (a number, for the DMN table), {@code payoutAmount},
 * {@code payoutRuleCode} and {@code payoutBreakdown} (text). The claim row keeps the exact amount.
 */
@Component("claimPayoutCalculation")
class ClaimPayoutCalculation implements JavaDelegate {

    private final ClaimSteps steps;
    private final Messages messages;

    ClaimPayoutCalculation(ClaimSteps steps, Messages messages) {
        this.steps = steps;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Payout payout = steps.calculatePayout(CaseKeys.caseNo(execution));
        execution.setVariable(ClaimProcess.PAYOUT, payout.payout().amount().doubleValue());
        execution.setVariable(ClaimProcess.PAYOUT_AMOUNT, payout.payout().toString());
        execution.setVariable(ClaimProcess.PAYOUT_RULE_CODE, payout.ruleCode());
        execution.setVariable(ClaimProcess.PAYOUT_BREAKDOWN, breakdown(payout));
    }

    /** A process variable, kept with the instance: in Chinese ({@link Messages#DEFAULT}), whoever's request ran the step. */
    private String breakdown(Payout payout) {
        return payout.lines().stream()
                .map(line -> messages.get(Messages.DEFAULT, "claim.breakdown.line", line.label(), line.amount().toString()))
                .collect(Collectors.joining("\n")) + "\n"
                + messages.get(Messages.DEFAULT, "claim.breakdown.total", payout.payout().toString(), payout.ruleCode());
    }
}
