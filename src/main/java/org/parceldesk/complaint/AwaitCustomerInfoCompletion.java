package org.parceldesk.complaint;

import static org.parceldesk.complaint.ComplaintProcess.CUSTOMER_INFO_NOTE;
import static org.parceldesk.complaint.ComplaintProcess.CUSTOMER_INFO_SOURCE;
import static org.parceldesk.complaint.ComplaintProcess.SOURCE_PHONE;
import static org.parceldesk.complaint.ComplaintProcess.SOURCE_PORTAL;
import static org.parceldesk.complaint.ComplaintProcess.TASK_AWAIT_CUSTOMER_INFO;

import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code Await customer information} completed: by a handler who took the customer's answer on the
 * phone (recorded here), or by the portal or mail service, which recorded the customer's own text on
 * the timeline already (the process variable holds only a pointer to it: no personal data in the process).
 */
@Component
class AwaitCustomerInfoCompletion implements ComplaintCompletionStep {

    private final ComplaintCases cases;

    AwaitCustomerInfoCompletion(ComplaintCases cases) {
        this.cases = cases;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(TASK_AWAIT_CUSTOMER_INFO);
    }

    @Override
    public void complete(CompletedTask done) {
        String note = done.input().requiredText(CUSTOMER_INFO_NOTE);
        // only the portal service completes without an engine user; a Tasklist or engine REST user
        // claiming PORTAL is recorded as themselves
        boolean portal = SOURCE_PORTAL.equals(done.input().processValue(CUSTOMER_INFO_SOURCE)) && cases.actor(null) == null;
        done.task().setVariable(CUSTOMER_INFO_SOURCE, portal ? SOURCE_PORTAL : SOURCE_PHONE);
        if (!portal) {
            done.complaint().record(ComplaintEventType.CUSTOMER_INFO_RECEIVED, cases.now(), done.actor(), note);
        }
    }
}
