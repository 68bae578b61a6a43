package org.parceldesk.violation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.parceldesk.workflow.CaseKeys;
import org.parceldesk.workflow.EngineTasks;
import org.springframework.stereotype.Component;

/**
 * Four eyes on {@code Review appeal}: the inspector who decided the case may neither be assigned
 * the appeal (claim, delegation, assignment) nor complete it. Bound to the task's
 * {@code assignment} and {@code complete} events, so that every client (Tasklist, engine REST,
 * Java) is held to it.
 */
@Component("appealReviewerCheck")
class AppealReviewerCheck implements TaskListener {

    private final ViolationCases cases;

    AppealReviewerCheck(ViolationCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNo = CaseKeys.caseNo(task);
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            cases.requireAppealReviewer(caseNo, task.getAssignee());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            cases.requireAppealReviewer(caseNo, task.getAssignee());
            cases.requireAppealReviewer(caseNo, EngineTasks.actingUser(task));
        }
    }
}
