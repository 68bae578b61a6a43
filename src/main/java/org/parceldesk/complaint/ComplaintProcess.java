package org.parceldesk.complaint;

import java.util.Map;
import java.util.Set;
import org.parceldesk.workflow.DeclaredTaskFields;

/** Names shared by processes/complaint.bpmn, its forms and the Java code: change them together. */
public final class ComplaintProcess {

    public static final String KEY = "complaint";

    // variables set at start (no personal data)
    public static final String CASE_NO = "caseNo";
    public static final String CATEGORY = "category";
    public static final String CHANNEL = "channel";
    public static final String PRIORITY = "priority";
    // set by the start listener and the assignment delegate
    public static final String FIRST_CONTACT_SLA = "firstContactSla";
    public static final String RESOLUTION_SLA = "resolutionSla";
    public static final String HANDLER_GROUPS = "handlerGroups";
    public static final String TASK_PRIORITY = "taskPriority";
    public static final String STATION_CODE = "stationCode";
    // decisions (stable names, documented in docs/processes/complaint.md)
    public static final String CONTACT_NOTE = "contactNote";
    public static final String INVESTIGATION_OUTCOME = "investigationOutcome";
    public static final String STATION_QUESTION = "stationQuestion";
    public static final String STATION_FINDING = "stationFinding";
    public static final String CUSTOMER_INFO_REQUEST = "customerInfoRequest";
    public static final String CUSTOMER_INFO_NOTE = "customerInfoNote";
    /** PORTAL when the customer answered on the status page, else PHONE (the handler recorded it). */
    public static final String CUSTOMER_INFO_SOURCE = "customerInfoSource";
    public static final String SOURCE_PORTAL = "PORTAL";
    public static final String SOURCE_PHONE = "PHONE";
    public static final String FINDING = "finding";
    public static final String RESPONSIBLE_PARTY = "responsibleParty";
    public static final String COURIER_NO = "courierNo";
    public static final String COMPENSATION_NEEDED = "compensationNeeded";
    public static final String COURIER_AT_FAULT = "courierAtFault";
    public static final String VIOLATION_TYPE = "violationType";
    public static final String CLAIM_CASE_NO = "claimCaseNo";
    public static final String VIOLATION_CASE_NO = "violationCaseNo";
    public static final String RESOLUTION = "resolution";
    public static final String SATISFACTION = "satisfaction";
    public static final String SATISFACTION_SOURCE = "satisfactionSource";
    public static final String CALLBACK_NOTE = "callbackNote";
    public static final String SUPERVISOR_RESOLUTION = "supervisorResolution";
    public static final String ESCALATION_NOTE = "escalationNote";
    public static final String RESOLUTION_BREACH_RECORDED = "resolutionBreachRecorded";
    /** What was reported to the regulator (申诉), and the day it was sent (yyyy-MM-dd). */
    public static final String REGULATOR_REPORT = "regulatorReport";
    public static final String REGULATOR_REPORT_SENT_ON = "regulatorReportSentOn";

    public static final String OUTCOME_CONCLUDED = "CONCLUDED";
    public static final String OUTCOME_ASK_STATION = "ASK_STATION";
    public static final String OUTCOME_WAIT_FOR_CUSTOMER = "WAIT_FOR_CUSTOMER";

    // user tasks
    public static final String TASK_CONTACT_CUSTOMER = "Task_ContactCustomer";
    public static final String TASK_INVESTIGATE = "Task_Investigate";
    public static final String TASK_STATION_INVESTIGATION = "Task_StationInvestigation";
    public static final String TASK_AWAIT_CUSTOMER_INFO = "Task_AwaitCustomerInfo";
    public static final String TASK_REPLY_TO_CUSTOMER = "Task_ReplyToCustomer";
    public static final String TASK_SATISFACTION_CALLBACK = "Task_SatisfactionCallback";
    public static final String TASK_SUPERVISOR_REVIEW = "Task_SupervisorReview";
    public static final String TASK_FIRST_CONTACT_ESCALATION = "Task_FirstContactEscalation";
    public static final String TASK_RESOLUTION_ESCALATION = "Task_ResolutionEscalation";
    /** Regulator referrals only: the outcome, or the abandonment, is reported back before the case closes. */
    public static final String TASK_REPORT_TO_REGULATOR = "Task_ReportToRegulator";
    public static final String TASK_REPORT_ABANDONMENT_TO_REGULATOR = "Task_ReportAbandonmentToRegulator";
    /** The SLA (parceldesk.sla.definitions) that sets the report task's due date. */
    public static final String SLA_REGULATOR_OUTCOME_REPORT = "complaint-regulator-outcome-report";

    // timers
    public static final String TIMER_FIRST_CONTACT_WARNING = "Timer_FirstContactWarning";
    public static final String TIMER_FIRST_CONTACT_BREACH = "Timer_FirstContactBreach";
    public static final String TIMER_STATION_WARNING = "Timer_StationInvestigationWarning";
    public static final String TIMER_STATION_BREACH = "Timer_StationInvestigationBreach";
    public static final String TIMER_RESOLUTION_WARNING = "Timer_ResolutionWarning";
    public static final String TIMER_RESOLUTION_BREACH = "Timer_ResolutionBreach";
    public static final String TIMER_CUSTOMER_REPLY_TIMEOUT = "Timer_CustomerReplyTimeout";
    public static final String TIMER_SURVEY_TIMEOUT = "Timer_SurveyTimeout";

    /**
     * All a client may send with each task (the forms' fields). Everything else — case number,
     * routing, SLA names, linked cases, where the customer's answer came from — the process writes.
     */
    public static final DeclaredTaskFields TASK_FIELDS = new DeclaredTaskFields(KEY, Map.ofEntries(
            Map.entry(TASK_CONTACT_CUSTOMER, Set.of("contactResult", CONTACT_NOTE)),
            Map.entry(TASK_FIRST_CONTACT_ESCALATION, Set.of(ESCALATION_NOTE)),
            Map.entry(TASK_RESOLUTION_ESCALATION, Set.of(ESCALATION_NOTE)),
            Map.entry(TASK_INVESTIGATE, Set.of(INVESTIGATION_OUTCOME, STATION_QUESTION, CUSTOMER_INFO_REQUEST, FINDING,
                    RESPONSIBLE_PARTY, COMPENSATION_NEEDED, COURIER_AT_FAULT, COURIER_NO, VIOLATION_TYPE)),
            Map.entry(TASK_STATION_INVESTIGATION, Set.of(STATION_FINDING)),
            Map.entry(TASK_AWAIT_CUSTOMER_INFO, Set.of(CUSTOMER_INFO_NOTE)),
            Map.entry(TASK_REPLY_TO_CUSTOMER, Set.of(RESOLUTION)),
            Map.entry(TASK_SATISFACTION_CALLBACK, Set.of(SATISFACTION, CALLBACK_NOTE)),
            Map.entry(TASK_SUPERVISOR_REVIEW, Set.of(SUPERVISOR_RESOLUTION)),
            Map.entry(TASK_REPORT_TO_REGULATOR, Set.of(REGULATOR_REPORT, REGULATOR_REPORT_SENT_ON)),
            Map.entry(TASK_REPORT_ABANDONMENT_TO_REGULATOR, Set.of(REGULATOR_REPORT, REGULATOR_REPORT_SENT_ON))));

    /** The fewest characters of a resolution or a report to the regulator a handler may record. */
    static final int MIN_RESOLUTION = 5;

    /** Who did something when no person did. */
    public static final String SYSTEM = "system";
    /** Task-local variable of the forms' "linked cases" fact (ComplaintFormContext). */
    static final String FACT_LINKED_CASES = "factLinkedCases";
    public static final String CUSTOMER = "customer";

    private ComplaintProcess() {
    }
}
