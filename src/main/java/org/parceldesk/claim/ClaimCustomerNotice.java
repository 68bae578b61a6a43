package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.parceldesk.workflow.CaseKeys;
import org.parceldesk.workflow.EngineTasks;
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
        String template = EngineTasks.processValues(execution).requiredText(ClaimProcess.TEMPLATE);
        steps.notifyCustomer(CaseKeys.caseNo(execution), template, execution.getCurrentActivityId());
    }
}
