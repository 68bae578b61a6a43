package org.parceldesk.common;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring tokens for links that open something without a login (the customer portal).
 * A token names what it may be used for (the purpose), what it opens (the subject, e.g. a case
 * number) and until when, and carries an HMAC-SHA256 of that:
 * {@code base64url(purpose:subject:expiryEpochSecond) + "." + base64url(hmac)}. Nothing is stored,
 * so every node that shares the secret verifies every token. A token issued for one purpose never
 * verifies for another. Each feature builds its own instance over its own secret and URLs.
 */
public final class SignedTokens {

    /** Longest token {@link #verify} looks at; longer input is refused before any decoding. */
    public static final int MAX_TOKEN_LENGTH = 300;
    private static final int MAX_SUBJECT_LENGTH = 100;
    private static final Pattern PURPOSE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    private static final String HMAC = "HmacSHA256";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;

    public SignedTokens(byte[] secret, Clock clock) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length == 0) {
            throw new IllegalArgumentException("the signing secret must not be empty");
        }
        this.key = new SecretKeySpec(secret.clone(), HMAC);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A token that opens {@code subject} for {@code purpose} until now + {@code validity}. */
    public String issue(String purpose, String subject, Duration validity) {
        requirePurpose(purpose);
        if (subject == null || subject.isEmpty() || subject.length() > MAX_SUBJECT_LENGTH || subject.indexOf(':') >= 0) {
            throw new IllegalArgumentException("a token subject has 1-" + MAX_SUBJECT_LENGTH + " characters and no ':'");
        }
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("a token's validity must be positive");
        }
        long expires = clock.instant().plus(validity).getEpochSecond();
        String encoded = B64.encodeToString((purpose + ":" + subject + ":" + expires).getBytes(StandardCharsets.UTF_8));
        return encoded + "." + signature(encoded);
    }

    /**
     * The subject the token opens for this purpose, or empty if it is malformed, too long, forged,
     * signed with another secret, issued for another purpose or expired (valid strictly before its expiry).
     */
    public Optional<String> verify(String token, String purpose) {
        requirePurpose(purpose);
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String encoded = token.substring(0, dot);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        // compare the canonical encoding: no second spelling of the same signature is accepted
        if (!MessageDigest.isEqual(given, signature(encoded).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            String payload = new String(B64D.decode(encoded), StandardCharsets.UTF_8);
            int first = payload.indexOf(':');
            int last = payload.lastIndexOf(':');
            if (first <= 0 || last <= first + 1 || !payload.substring(0, first).equals(purpose)) {
                return Optional.empty();
            }
            Instant expires = Instant.ofEpochSecond(Long.parseLong(payload.substring(last + 1)));
            if (!clock.instant().isBefore(expires)) {
                return Optional.empty();
            }
            return Optional.of(payload.substring(first + 1, last));
        } catch (IllegalArgumentException | java.time.DateTimeException malformed) {
            return Optional.empty();
        }
    }

    private static void requirePurpose(String purpose) {
        if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("a token purpose is an upper-case word, e.g. STATUS");
        }
    }

    private String signature(String encodedPayload) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return B64.encodeToString(mac.doFinal(encodedPayload.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
