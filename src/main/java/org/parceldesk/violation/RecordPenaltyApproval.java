package org.parceldesk.violation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.parceldesk.workflow.CaseKeys;
import org.parceldesk.workflow.EngineTasks;
import org.parceldesk.workflow.TaskInput;
import org.springframework.stereotype.Component;

/**
 * {@code Station manager approval} / {@code Supervisor approval} completed. A rejection needs a
 * reason and sends the case back to an inspector.
 */
@Component("recordPenaltyApproval")
class RecordPenaltyApproval implements TaskListener {

    static final String STATION_TASK = CourierViolationProcess.TASK_STATION_APPROVAL;
    static final String SUPERVISOR_TASK = CourierViolationProcess.TASK_SUPERVISOR_APPROVAL;

    private final ViolationCases cases;

    RecordPenaltyApproval(ViolationCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        ApprovalLevel level = switch (task.getTaskDefinitionKey()) {
            case STATION_TASK -> ApprovalLevel.STATION_MANAGER;
            case SUPERVISOR_TASK -> ApprovalLevel.SUPERVISOR;
            default -> throw new IllegalStateException("not an approval task: " + task.getTaskDefinitionKey());
        };
        String field = level == ApprovalLevel.STATION_MANAGER
                ? CourierViolationProcess.STATION_APPROVAL : CourierViolationProcess.SUPERVISOR_APPROVAL;
        TaskInput input = EngineTasks.input(task, CourierViolationProcess.TASK_FIELDS);
        boolean approved = input.requiredYesNo(field, CourierViolationProcess.APPROVED, CourierViolationProcess.REJECTED);
        String comment = input.text(CourierViolationProcess.APPROVAL_COMMENT);
        EngineTasks.forget(task, CourierViolationProcess.APPROVAL_COMMENT);
        cases.approval(CaseKeys.caseNo(task), level, approved, comment, EngineTasks.actingUser(task));
    }
}
