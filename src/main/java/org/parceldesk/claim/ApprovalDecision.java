package org.parceldesk.claim;

/** An approver's answer; a return sends the claim back to assessment. */
public enum ApprovalDecision {
    APPROVE,
    RETURN
}
