package org.parceldesk.claim;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring links to a customer's claim page: {@code /portal/claims/{caseNo}?t={expiry}.{signature}}.
 * The signature is an HMAC-SHA256 over case number and expiry, so a link cannot be altered or
 * guessed from a case number, and it works on every node that shares the secret.
 */
@Component
public class ClaimLinks {

    private static final String HMAC = "HmacSHA256";

    private final ClaimProperties.Portal portal;
    private final Clock clock;

    ClaimLinks(ClaimProperties properties, Clock clock) {
        this.portal = properties.portal();
        this.clock = clock;
    }

    public String token(String caseNo) {
        long expiry = clock.instant().plus(portal.linkValidity()).getEpochSecond();
        return expiry + "." + sign(caseNo, expiry);
    }

    public String link(String caseNo) {
        return portal.baseUrl().replaceAll("/+$", "") + "/portal/claims/" + caseNo + "?t=" + token(caseNo);
    }

    /** Whether the token was issued for this case and has not expired. */
    public boolean isValid(String caseNo, String token) {
        if (caseNo == null || token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long expiry;
        try {
            expiry = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        if (clock.instant().isAfter(Instant.ofEpochSecond(expiry))) {
            return false;
        }
        byte[] expected = sign(caseNo, expiry).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    private String sign(String caseNo, long expiry) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(portal.linkSecret().getBytes(StandardCharsets.UTF_8), HMAC));
            byte[] signature = mac.doFinal((caseNo + "|" + expiry).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
