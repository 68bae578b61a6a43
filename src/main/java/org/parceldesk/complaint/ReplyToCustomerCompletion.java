package org.parceldesk.complaint;

import static org.parceldesk.complaint.ComplaintProcess.MIN_RESOLUTION;
import static org.parceldesk.complaint.ComplaintProcess.RESOLUTION;
import static org.parceldesk.complaint.ComplaintProcess.TASK_REPLY_TO_CUSTOMER;

import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code Reply to customer} completed: the resolution told to the customer is recorded on the case. */
@Component
class ReplyToCustomerCompletion implements ComplaintCompletionStep {

    private final ComplaintCases cases;

    ReplyToCustomerCompletion(ComplaintCases cases) {
        this.cases = cases;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(TASK_REPLY_TO_CUSTOMER);
    }

    @Override
    public void complete(CompletedTask done) {
        String resolution = done.input().requiredText(RESOLUTION, MIN_RESOLUTION);
        done.complaint().replied(resolution, cases.now());
        done.complaint().record(ComplaintEventType.REPLIED, cases.now(), done.actor(), resolution);
    }
}
