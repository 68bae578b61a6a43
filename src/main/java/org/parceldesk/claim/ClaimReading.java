package org.parceldesk.claim;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read claims, see the customer's contact details and download evidence: the rules of the
 * claim API ({@link ClaimController}), for the staff workbench, so that both show the same.
 */
@Component
public class ClaimReading {

    /** The roles of {@link ClaimController#CLAIM_STAFF}. */
    static final Set<String> STAFF = Set.of("claims-handler", "claims-supervisor", "claims-manager",
            "complaint-handler", "complaint-supervisor", "admin");
    /** Roles that call the customer back and so see full contact details. */
    static final Set<String> CONTACT_ROLES = Set.of("claims-handler", "claims-supervisor", "claims-manager");
    /** The roles of the evidence download. */
    static final Set<String> EVIDENCE_ROLES = Set.of("claims-handler", "claims-supervisor", "claims-manager", "admin");

    private final ClaimService claims;
    private final PaymentRepository payments;
    private final ChargebackRepository chargebacks;
    private final EvidenceStore evidence;

    ClaimReading(ClaimService claims, PaymentRepository payments, ChargebackRepository chargebacks,
            EvidenceStore evidence) {
        this.claims = claims;
        this.payments = payments;
        this.chargebacks = chargebacks;
        this.evidence = evidence;
    }

    public boolean canRead(Authentication user) {
        return hasAny(user, STAFF);
    }

    public boolean seesContact(Authentication user) {
        return hasAny(user, CONTACT_ROLES);
    }

    public boolean mayDownloadEvidence(Authentication user) {
        return hasAny(user, EVIDENCE_ROLES);
    }

    /** The claim as the API shows it to this user (contact masked unless their role calls the customer). */
    @Transactional(readOnly = true)
    public ClaimView view(String caseNo, Authentication user) {
        Claim claim = claims.get(caseNo);
        return ClaimView.of(claim, seesContact(user), payments.findByClaimCaseNo(caseNo).orElse(null),
                chargebacks.findByClaimCaseNo(caseNo).orElse(null), evidence.list(caseNo));
    }

    private static boolean hasAny(Authentication user, Set<String> roles) {
        return user != null && user.isAuthenticated()
                && user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(roles::contains);
    }
}
