package org.parceldesk.claim;

/** Who approved (or returned) a payout: the DMN table decides which steps a payout needs. */
public enum ApprovalStep {
    /** Below the lowest limit: approved by the rules, no person involved. */
    AUTO,
    /** 理赔主管 claims-supervisor. */
    SUPERVISOR,
    /** 理赔经理 claims-manager, after the supervisor. */
    MANAGER
}
