package org.parceldesk.claim;

/** Who approved (or returned) a payout: the DMN table decides which steps a payout needs. */
public enum ApprovalStep {
    /** Below the lowest limit: approved by the rules, no person involved. */
    AUTO(null),
    /** 理赔主管 claims-supervisor. */
    SUPERVISOR("claims-supervisor"),
    /** 理赔经理 claims-manager, after the supervisor. */
    MANAGER("claims-manager");

    private final String approverGroup;

    ApprovalStep(String approverGroup) {
        this.approverGroup = approverGroup;
    }

    /** The group whose members sign this step (the approval tasks' candidate group); none for AUTO. */
    public String approverGroup() {
        return approverGroup;
    }
}
