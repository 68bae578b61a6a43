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
    /** The violation module refused the linked report (e.g. the courier was suspended meanwhile); the complaint goes on. */
    VIOLATION_REFUSED,
    REPLIED,
    /** An e-mail to the customer is in the outbox; the timeline shows CUSTOMER_NOTIFIED once it is really sent. */
    CUSTOMER_NOTICE_QUEUED,
    /** The outbox sent the e-mail (shown from the outbox's record; older cases also stored it at queueing time). */
    CUSTOMER_NOTIFIED,
    /** The outbox gave up on the e-mail (FAILED); an admin may retry it. */
    CUSTOMER_NOTICE_FAILED,
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
    TASK_ACCESS_CHANGED,
    /** files the customer sent (mail attachments) were stored as evidence, or refused with the reason */
    EVIDENCE_RECEIVED
}
