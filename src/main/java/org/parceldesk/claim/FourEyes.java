package org.parceldesk.claim;

import org.parceldesk.common.StepRefused;

/** The four-eyes rule of claim approval: whoever assessed a claim never approves it. */
final class FourEyes {

    private FourEyes() {
    }

    static void requireNotAssessor(Claim claim, String approver) {
        if (approver == null || approver.isBlank()) {
            throw StepRefused.notAllowed(null, "claim.refused.approver-unknown", claim.getCaseNo());
        }
        if (claim.assessors().contains(approver)) {
            throw StepRefused.notAllowed(null, "claim.refused.assessor-approves", approver, claim.getCaseNo());
        }
    }
}
