package org.parceldesk.complaint;

import static org.parceldesk.complaint.ComplaintProcess.ESCALATION_NOTE;
import static org.parceldesk.complaint.ComplaintProcess.TASK_FIRST_CONTACT_ESCALATION;
import static org.parceldesk.complaint.ComplaintProcess.TASK_RESOLUTION_ESCALATION;

import java.util.Set;
import org.springframework.stereotype.Component;

/** An overdue case's escalation task (first contact or resolution) completed: the supervisor's note, named by the task. */
@Component
class EscalationCompletion implements ComplaintCompletionStep {

    private final ComplaintCases cases;

    EscalationCompletion(ComplaintCases cases) {
        this.cases = cases;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(TASK_FIRST_CONTACT_ESCALATION, TASK_RESOLUTION_ESCALATION);
    }

    @Override
    public void complete(CompletedTask done) {
        done.complaint().record(ComplaintEventType.ESCALATION_HANDLED, cases.now(), done.actor(),
                done.task().getTaskDefinitionKey() + "：" + done.input().requiredText(ESCALATION_NOTE));
    }
}
