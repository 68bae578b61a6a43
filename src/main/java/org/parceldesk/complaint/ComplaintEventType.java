package org.parceldesk.complaint;

/** Entries of a complaint's timeline. */
public enum ComplaintEventType {
    RECEIVED,
    DUPLICATE_RECEIVED,
    ACKNOWLEDGED,
    ASSIGNED,
    CONTACTED,
    STATION_INVESTIGATION_REQUESTED,
    STATION_ANSWERED,
    CUSTOMER_INFO_REQUESTED,
    CUSTOMER_INFO_RECEIVED,
    INVESTIGATED,
    CLAIM_OPENED,
    VIOLATION_REGISTERED,
    REPLIED,
    CUSTOMER_NOTIFIED,
    CUSTOMER_NOT_NOTIFIED,
    SATISFACTION_RECORDED,
    REOPENED,
    SUPERVISOR_REVIEWED,
    ESCALATION_HANDLED,
    SLA_WARNING,
    SLA_BREACH,
    CLOSED,
    NO_RESPONSE,
    ABANDONED,
    /** who may work a task changed (candidates, assignee, owner, delegation) */
    TASK_ACCESS_CHANGED
}
