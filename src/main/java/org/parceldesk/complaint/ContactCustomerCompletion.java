package org.parceldesk.complaint;

import static org.parceldesk.complaint.ComplaintProcess.CONTACT_NOTE;
import static org.parceldesk.complaint.ComplaintProcess.TASK_CONTACT_CUSTOMER;

import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code Contact customer} completed: the first contact is recorded (first-contact SLA met) with its note. */
@Component
class ContactCustomerCompletion implements ComplaintCompletionStep {

    private final ComplaintCases cases;

    ContactCustomerCompletion(ComplaintCases cases) {
        this.cases = cases;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(TASK_CONTACT_CUSTOMER);
    }

    @Override
    public void complete(CompletedTask done) {
        String note = done.input().requiredText(CONTACT_NOTE);
        done.complaint().contacted(cases.now());
        done.complaint().record(ComplaintEventType.CONTACTED, cases.now(), done.actor(), note);
    }
}
