package org.parceldesk.complaint;

/** Entries of a complaint's timeline. */
public enum ComplaintEventType {
    RECEIVED,
    DUPLICATE_RECEIVED,
    /** Another customer complained about the same waybill and category: kept as a co-complainant (共同投诉人). */
    CO_COMPLAINANT_ADDED,
    ACKNOWLEDGED,
    ASSIGNED,
    CONTACTED,
    STATION_INVESTIGATION_REQUESTED,
    STATION_ANSWERED,
    CUSTOMER_INFO_REQUESTED,
    CUSTOMER_INFO_RECEIVED,
    /** Photos the customer sent with "Add information" on the portal (stored as complaint evidence). */
    CUSTOMER_EVIDENCE_RECEIVED,
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
    /** The customer's own words from the portal survey, kept on the case for the supervisor. */
    SURVEY_COMMENTED,
    /** The outcome of a regulator referral (申诉) was reported back to the regulator. */
    REGULATOR_REPORTED,
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
