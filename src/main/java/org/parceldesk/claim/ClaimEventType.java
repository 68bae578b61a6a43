package org.parceldesk.claim;

/** What a line of a claim's timeline records (decision 0018). */
public enum ClaimEventType {
    REGISTERED,
    ASSESSED,
    PAYOUT_CALCULATED,
    APPROVED,
    OFFERED,
    ACCEPTED,
    DISPUTED,
    PAID,
    RECOVERY_RECORDED,
    VIOLATION_LINKED,
    VIOLATION_REFUSED,
    CLOSED,
    /** who may work a task changed (candidates, assignee, owner, delegation) */
    TASK_ACCESS_CHANGED
}
