package org.parceldesk.violation;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.parceldesk.workflow.DeclaredTaskFields;
import org.springframework.stereotype.Component;

/**
 * The {@code courier-violation} process: its key, variable names and the way a case starts it.
 * Process variables carry the case number and decisions only; texts (statement, reasons, appeal)
 * go to the case and are removed from the process when recorded.
 */
@Component
class CourierViolationProcess {

    static final String KEY = "courier-violation";

    static final String CASE_NO = "caseNo";
    static final String COURIER_NO = "courierNo";
    static final String VIOLATION_TYPE = ViolationPenaltyDecision.VIOLATION_TYPE;
    static final String SEVERITY = ViolationPenaltyDecision.SEVERITY;
    static final String PRIOR_UPHELD = ViolationPenaltyDecision.PRIOR_UPHELD;

    /** Form fields. */
    static final String STATEMENT_TEXT = "statementText";
    static final String DECISION = "decision";
    static final String DECISION_REASON = "decisionReason";
    static final String STATION_APPROVAL = "stationApproval";
    static final String SUPERVISOR_APPROVAL = "supervisorApproval";
    static final String APPROVAL_COMMENT = "approvalComment";
    static final String APPEAL_CHOICE = "appealChoice";
    static final String APPEAL_TEXT = "appealText";
    static final String APPEAL_OUTCOME = "appealOutcome";
    static final String REDUCED_SEVERITY = "reducedSeverity";
    static final String APPEAL_REASON = "appealReason";
    static final String SUSPENSION_OUTCOME = "suspensionOutcome";
    static final String SUSPENSION_COMMENT = "suspensionComment";

    /** Set by the process. */
    static final String PENALTY_MEASURE = "penaltyMeasure";
    static final String PENALTY_FINE_AMOUNT = "penaltyFineAmount";
    static final String PENALTY_SUSPENSION_DAYS = "penaltySuspensionDays";
    static final String PENALTY_POINTS = "penaltyPoints";
    static final String NEEDS_SUPERVISOR_APPROVAL = "needsSupervisorApproval";
    static final String SUSPENSION_REVIEW_DUE = "suspensionReviewDue";
    /** The decision table's outputs, mapped out of the business rule tasks. */
    static final String DMN_MEASURE = "dmnMeasure";
    static final String DMN_FINE_AMOUNT = "dmnFineAmount";
    static final String DMN_SUSPENSION_DAYS = "dmnSuspensionDays";
    static final String DMN_POINTS = "dmnPoints";

    /** User tasks. */
    static final String TASK_COURIER_STATEMENT = "Task_CourierStatement";
    static final String TASK_REVIEW_DECIDE = "Task_ReviewDecide";
    static final String TASK_STATION_APPROVAL = "Task_StationApproval";
    static final String TASK_SUPERVISOR_APPROVAL = "Task_SupervisorApproval";
    static final String TASK_APPEAL = "Task_Appeal";
    static final String TASK_REVIEW_APPEAL = "Task_ReviewAppeal";
    static final String TASK_SUSPENSION_REVIEW = "Task_SuspensionReview";

    /**
     * All a client may send with each task. The penalty, the approval route
     * ({@link #NEEDS_SUPERVISOR_APPROVAL}) and the decision table's outputs are the process's own.
     */
    static final DeclaredTaskFields TASK_FIELDS = new DeclaredTaskFields(KEY, Map.of(
            TASK_COURIER_STATEMENT, Set.of(STATEMENT_TEXT),
            TASK_REVIEW_DECIDE, Set.of(DECISION, SEVERITY, DECISION_REASON),
            TASK_STATION_APPROVAL, Set.of(STATION_APPROVAL, APPROVAL_COMMENT),
            TASK_SUPERVISOR_APPROVAL, Set.of(SUPERVISOR_APPROVAL, APPROVAL_COMMENT),
            TASK_APPEAL, Set.of(APPEAL_CHOICE, APPEAL_TEXT),
            TASK_REVIEW_APPEAL, Set.of(APPEAL_OUTCOME, REDUCED_SEVERITY, APPEAL_REASON),
            TASK_SUSPENSION_REVIEW, Set.of(SUSPENSION_OUTCOME, SUSPENSION_COMMENT)));

    static final String APPROVED = "APPROVED";
    static final String REJECTED = "REJECTED";
    static final String APPEAL = "APPEAL";
    static final String ACCEPT = "ACCEPT";

    static final String SLA_STATEMENT = "violation-statement";
    static final String SLA_APPEAL_WINDOW = "violation-appeal-window";

    private final RuntimeService runtime;

    /** The penalty as the approval and appeal forms show it (the fine as text: no floating point). */
    static void setPenalty(org.camunda.bpm.engine.delegate.VariableScope scope, Penalty penalty) {
        scope.setVariable(PENALTY_MEASURE, penalty.measure().name());
        scope.setVariable(PENALTY_FINE_AMOUNT, penalty.fineAmount().toString());
        scope.setVariable(PENALTY_SUSPENSION_DAYS, penalty.suspensionDays());
        scope.setVariable(PENALTY_POINTS, penalty.points());
    }

    CourierViolationProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * Starts the case's process with the case number as business key. A complaint or claim may
     * register a violation from its own process step, run by a user who may not start processes:
     * registering is the system's act, so the start skips the engine's authorization check.
     */
    void start(Violation violation) {
        Map<String, Object> variables = Map.of(
                CASE_NO, violation.getCaseNo(),
                COURIER_NO, violation.getCourierNo(),
                VIOLATION_TYPE, violation.getType().name());
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            runtime.startProcessInstanceByKey(KEY, violation.getCaseNo(), variables);
        } else {
            command.runWithoutAuthorization(
                    () -> runtime.startProcessInstanceByKey(KEY, violation.getCaseNo(), variables));
        }
    }
}
