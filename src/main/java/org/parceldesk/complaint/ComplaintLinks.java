package org.parceldesk.complaint;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signed, expiring links for the customer portal (no login): a token names the case, what it may
 * be used for and until when, and carries an HMAC-SHA256 of that. Nothing is stored, so any node
 * of a cluster verifies any link as long as they share {@code parceldesk.complaint.portal.token-secret}.
 */
@Component
public class ComplaintLinks {

    /** What a token opens; a survey token does not open the status page and vice versa. */
    public enum Purpose { STATUS, SURVEY }

    private static final Logger log = LoggerFactory.getLogger(ComplaintLinks.class);
    private static final Pattern CASE_NO = Pattern.compile("[A-Z]{2}\\d{14}");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final byte[] secret;
    private final ComplaintProperties.Portal portal;
    private final Clock clock;

    ComplaintLinks(ComplaintProperties properties, Clock clock) {
        this.portal = properties.portal();
        this.clock = clock;
        if (portal.tokenSecret().isBlank()) {
            log.warn("parceldesk.complaint.portal.token-secret is not set: portal links are signed with a random key "
                    + "and stop working when this node restarts; set the same secret on every node");
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            this.secret = random;
        } else {
            this.secret = portal.tokenSecret().getBytes(StandardCharsets.UTF_8);
        }
    }

    public String token(String caseNo, Purpose purpose) {
        Duration validity = purpose == Purpose.SURVEY ? portal.surveyLinkValidity() : portal.statusLinkValidity();
        long expires = clock.instant().plus(validity).getEpochSecond();
        String payload = purpose.name() + ":" + caseNo + ":" + expires;
        String encoded = B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + B64.encodeToString(sign(encoded));
    }

    /** The case number the token opens for this purpose, or empty if it is forged, expired or for another use. */
    public Optional<String> verify(String token, Purpose purpose) {
        if (token == null || token.length() > 300) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String encoded = token.substring(0, dot);
        try {
            byte[] signature = B64D.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(encoded))) {
                return Optional.empty();
            }
            String[] parts = new String(B64D.decode(encoded), StandardCharsets.UTF_8).split(":");
            if (parts.length != 3 || !parts[0].equals(purpose.name()) || !CASE_NO.matcher(parts[1]).matches()) {
                return Optional.empty();
            }
            if (!clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(parts[2])))) {
                return Optional.empty();
            }
            return Optional.of(parts[1]);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    public String statusUrl(String caseNo) {
        return UriComponentsBuilder.fromUriString(portal.baseUrl()).path("/portal/complaints/{caseNo}")
                .queryParam("token", token(caseNo, Purpose.STATUS)).buildAndExpand(caseNo).toUriString();
    }

    public String surveyUrl(String caseNo) {
        return UriComponentsBuilder.fromUriString(portal.baseUrl()).path("/portal/survey")
                .queryParam("token", token(caseNo, Purpose.SURVEY)).build().toUriString();
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
