package org.parceldesk.claim;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.parceldesk.common.SignedTokens;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring links to a customer's claim page: {@code /portal/claims/{caseNo}?token={token}}, the
 * token a {@link SignedTokens} token for purpose {@value #PURPOSE} over the case number. A link cannot
 * be altered or guessed from a case number, and it works on every node that shares
 * {@code parceldesk.claim.portal.link-secret}.
 */
@Component
public class ClaimLinks {

    /** The claim page's token purpose: no other feature's token opens a claim. */
    static final String PURPOSE = "CLAIM";

    private final ClaimProperties.Portal portal;
    private final SignedTokens tokens;

    ClaimLinks(ClaimProperties properties, Clock clock) {
        this.portal = properties.portal();
        this.tokens = new SignedTokens(portal.linkSecret().getBytes(StandardCharsets.UTF_8), clock);
    }

    public String token(String caseNo) {
        return tokens.issue(PURPOSE, caseNo, portal.linkValidity());
    }

    public String link(String caseNo) {
        return portal.baseUrl().replaceAll("/+$", "") + "/portal/claims/" + caseNo + "?token=" + token(caseNo);
    }

    /** Whether the token was issued for this case and has not expired. */
    public boolean isValid(String caseNo, String token) {
        return caseNo != null && tokens.verify(token, PURPOSE).filter(caseNo::equals).isPresent();
    }
}
