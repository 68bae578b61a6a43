package org.parceldesk.complaint;

import static org.parceldesk.complaint.ComplaintProcess.SUPERVISOR_RESOLUTION;
import static org.parceldesk.complaint.ComplaintProcess.TASK_SUPERVISOR_REVIEW;

import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code Supervisor review} of a dissatisfied customer's case completed: the supervisor's answer is recorded. */
@Component
class SupervisorReviewCompletion implements ComplaintCompletionStep {

    private final ComplaintCases cases;

    SupervisorReviewCompletion(ComplaintCases cases) {
        this.cases = cases;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(TASK_SUPERVISOR_REVIEW);
    }

    @Override
    public void complete(CompletedTask done) {
        String resolution = done.input().requiredText(SUPERVISOR_RESOLUTION);
        done.complaint().supervisorReplied(resolution, cases.now());
        done.complaint().record(ComplaintEventType.SUPERVISOR_REVIEWED, cases.now(), done.actor(), resolution);
    }
}
