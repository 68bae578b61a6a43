package org.parceldesk.complaint;

import static org.parceldesk.complaint.ComplaintProcess.CALLBACK_NOTE;
import static org.parceldesk.complaint.ComplaintProcess.CUSTOMER;
import static org.parceldesk.complaint.ComplaintProcess.SATISFACTION;
import static org.parceldesk.complaint.ComplaintProcess.SATISFACTION_SOURCE;
import static org.parceldesk.complaint.ComplaintProcess.TASK_SATISFACTION_CALLBACK;

import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code Satisfaction callback} completed: the rating (1–5) the handler took on the phone, or the one
 * the customer gave in the portal survey (then the customer is the actor and their comment is kept).
 */
@Component
class SatisfactionCallbackCompletion implements ComplaintCompletionStep {

    private static final String PORTAL = "PORTAL";

    private final ComplaintCases cases;

    SatisfactionCallbackCompletion(ComplaintCases cases) {
        this.cases = cases;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(TASK_SATISFACTION_CALLBACK);
    }

    @Override
    public void complete(CompletedTask done) {
        int satisfaction = done.input().requiredWholeNumber(SATISFACTION, 1, 5);
        String source = PORTAL.equals(done.input().processValue(SATISFACTION_SOURCE)) ? PORTAL : "PHONE";
        done.task().setVariable(SATISFACTION, satisfaction);
        done.task().setVariable(SATISFACTION_SOURCE, source);
        String note = done.input().text(CALLBACK_NOTE);
        Complaint complaint = done.complaint();
        complaint.rated(satisfaction, source, PORTAL.equals(source) ? complaint.getSatisfactionComment() : note);
        complaint.record(ComplaintEventType.SATISFACTION_RECORDED, cases.now(), PORTAL.equals(source) ? CUSTOMER : done.actor(),
                source + " " + satisfaction + (note != null ? "：" + note : ""));
    }
}
