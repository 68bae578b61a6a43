package org.parceldesk.complaint;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parceldesk.common.SignedTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signed, expiring links for the customer portal (no login): a {@link SignedTokens} token names the
 * case, what it may be used for (status page or survey) and until when. Nothing is stored, so any node
 * of a cluster verifies any link as long as they share {@code parceldesk.complaint.portal.token-secret}.
 */
@Component
public class ComplaintLinks {

    /** What a token opens; a survey token does not open the status page and vice versa. */
    public enum Purpose { STATUS, SURVEY }

    private static final Logger log = LoggerFactory.getLogger(ComplaintLinks.class);
    private static final Pattern CASE_NO = Pattern.compile("[A-Z]{2}\\d{14}");

    private final SignedTokens tokens;
    private final ComplaintProperties.Portal portal;

    ComplaintLinks(ComplaintProperties properties, Clock clock) {
        this.portal = properties.portal();
        byte[] secret;
        if (portal.tokenSecret().isBlank()) {
            log.warn("parceldesk.complaint.portal.token-secret is not set: portal links are signed with a random key "
                    + "and stop working when this node restarts; set the same secret on every node");
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = random;
        } else {
            secret = portal.tokenSecret().getBytes(StandardCharsets.UTF_8);
        }
        this.tokens = new SignedTokens(secret, clock);
    }

    public String token(String caseNo, Purpose purpose) {
        Duration validity = purpose == Purpose.SURVEY ? portal.surveyLinkValidity() : portal.statusLinkValidity();
        return tokens.issue(purpose.name(), caseNo, validity);
    }

    /** The case number the token opens for this purpose, or empty if it is forged, expired or for another use. */
    public Optional<String> verify(String token, Purpose purpose) {
        return tokens.verify(token, purpose.name()).filter(caseNo -> CASE_NO.matcher(caseNo).matches());
    }

    public String statusUrl(String caseNo) {
        return UriComponentsBuilder.fromUriString(portal.baseUrl()).path("/portal/complaints/{caseNo}")
                .queryParam("token", token(caseNo, Purpose.STATUS)).buildAndExpand(caseNo).toUriString();
    }

    public String surveyUrl(String caseNo) {
        return UriComponentsBuilder.fromUriString(portal.baseUrl()).path("/portal/survey")
                .queryParam("token", token(caseNo, Purpose.SURVEY)).build().toUriString();
    }
}
