package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the customer something; input parameter {@code template} names the mail template. */
@Component("claimCustomerNotice")
class ClaimCustomerNotice implements JavaDelegate {

    private final ClaimSteps steps;

    ClaimCustomerNotice(ClaimSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String template = EngineValues.requiredText(execution, "template");
        steps.notifyCustomer(EngineValues.caseNo(execution), template, execution.getCurrentActivityId());
    }
}
