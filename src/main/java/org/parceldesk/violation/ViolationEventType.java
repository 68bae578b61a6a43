package org.parceldesk.violation;

/** What a line of a violation case's timeline records (decision 0018). */
public enum ViolationEventType {
    REGISTERED,
    NOTIFIED,
    STATEMENT_GIVEN,
    STATEMENT_MISSED,
    DECIDED,
    PENALTY_PROPOSED,
    APPROVED,
    PENALTY_REJECTED,
    APPEAL_WINDOW_OPENED,
    APPEALED,
    APPEAL_WAIVED,
    APPEAL_WINDOW_CLOSED,
    APPEAL_DECIDED,
    PENALTY_REDUCED,
    LEDGER_BOOKED,
    SUSPENSION_REVIEW_OPENED,
    COURIER_SUSPENDED,
    CLOSED,
    /** who may work a task changed (candidates, assignee, owner, delegation) */
    TASK_ACCESS_CHANGED
}
