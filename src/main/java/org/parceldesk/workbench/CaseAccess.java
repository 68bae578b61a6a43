package org.parceldesk.workbench;

import org.parceldesk.claim.ClaimReading;
import org.parceldesk.complaint.ComplaintAccess;
import org.parceldesk.violation.ViolationCaseReading;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whether a user may open a case: each case module's own rule, the one its API applies to
 * {@code GET /api/v1/<cases>/{caseNo}}. The workbench's search and case page show a case only then.
 */
@Component
class CaseAccess {

    private final ComplaintAccess complaints;
    private final ClaimReading claims;
    private final ViolationCaseReading violations;

    CaseAccess(ComplaintAccess complaints, ClaimReading claims, ViolationCaseReading violations) {
        this.complaints = complaints;
        this.claims = claims;
        this.violations = violations;
    }

    boolean canRead(String caseNo, Authentication user) {
        return CaseProcess.ofCaseNo(caseNo).map(process -> switch (process) {
            case COMPLAINT -> complaints.canRead(user, caseNo);
            case CLAIM -> claims.canRead(user);
            case VIOLATION -> violations.canRead(caseNo, user);
        }).orElse(false);
    }

    /** Whether the customer's phone is shown in full to this user on a case of this type. */
    boolean seesFullPhone(CaseProcess process, Authentication user) {
        return switch (process) {
            case COMPLAINT -> complaints.seesFullPhone(user);
            case CLAIM -> claims.seesContact(user);
            case VIOLATION -> false;
        };
    }
}
