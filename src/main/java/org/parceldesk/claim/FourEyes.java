package org.parceldesk.claim;

/** The four-eyes rule of claim approval: whoever assessed a claim never approves it. */
final class FourEyes {

    private FourEyes() {
    }

    static void requireNotAssessor(Claim claim, String approver) {
        if (approver == null || approver.isBlank()) {
            throw new FourEyesViolationException("理赔审批必须由已登录的审批人完成 An approval needs a known approver (claim "
                    + claim.getCaseNo() + ")");
        }
        if (claim.assessors().contains(approver)) {
            throw new FourEyesViolationException("四眼原则：核定人 " + approver + " 不能审批理赔 " + claim.getCaseNo()
                    + " Four-eyes rule: " + approver + " assessed claim " + claim.getCaseNo() + " and cannot approve it");
        }
    }
}
