package org.parceldesk.claim;

import org.parceldesk.common.Messages;

/** The four-eyes rule of claim approval: whoever assessed a claim never approves it. */
final class FourEyes {

    private FourEyes() {
    }

    static void requireNotAssessor(Claim claim, String approver, Messages messages) {
        if (approver == null || approver.isBlank()) {
            throw new FourEyesViolationException(messages.get("claim.approval.no-approver", claim.getCaseNo()));
        }
        if (claim.assessors().contains(approver)) {
            throw new FourEyesViolationException(messages.get("claim.approval.four-eyes", approver, claim.getCaseNo()));
        }
    }
}
