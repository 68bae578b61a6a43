package org.parceldesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignedTokensTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final byte[] SECRET = "unit-test-secret".getBytes(StandardCharsets.UTF_8);

    private static SignedTokens at(Instant now) {
        return new SignedTokens(SECRET, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aTokenOpensItsSubjectForItsPurpose() {
        String token = at(NOW).issue("STATUS", "TS20260302000001", Duration.ofDays(7));

        assertThat(at(NOW).verify(token, "STATUS")).contains("TS20260302000001");
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}").hasSizeLessThanOrEqualTo(SignedTokens.MAX_TOKEN_LENGTH);
    }

    @Test
    void aTokenWorksUntilJustBeforeItsExpiry() {
        String token = at(NOW).issue("STATUS", "TS20260302000001", Duration.ofHours(1));

        assertThat(at(NOW.plus(Duration.ofMinutes(59))).verify(token, "STATUS")).isPresent();
        assertThat(at(NOW.plus(Duration.ofHours(1))).verify(token, "STATUS")).isEmpty();
        assertThat(at(NOW.plus(Duration.ofDays(30))).verify(token, "STATUS")).isEmpty();
    }

    @Test
    void aTokenDoesNotOpenAnotherPurpose() {
        String token = at(NOW).issue("SURVEY", "TS20260302000001", Duration.ofDays(7));

        assertThat(at(NOW).verify(token, "STATUS")).isEmpty();
        assertThat(at(NOW).verify(token, "CLAIM")).isEmpty();
        assertThat(at(NOW).verify(token, "SURVEY")).isPresent();
    }

    @Test
    void aTamperedSignatureOrPayloadIsRefused() {
        String token = at(NOW).issue("CLAIM", "LP20260302000001", Duration.ofDays(30));
        int dot = token.indexOf('.');
        String payload = token.substring(0, dot);
        String signature = token.substring(dot + 1);

        String flipped = payload + "." + flip(signature, 10);
        assertThat(at(NOW).verify(flipped, "CLAIM")).isEmpty();

        String forgedPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("CLAIM:LP20260302000002:4102444800".getBytes(StandardCharsets.UTF_8));
        assertThat(at(NOW).verify(forgedPayload + "." + signature, "CLAIM")).isEmpty();
        assertThat(at(NOW).verify(flip(payload, 3) + "." + signature, "CLAIM")).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        SignedTokens other = new SignedTokens("another-secret".getBytes(StandardCharsets.UTF_8), Clock.fixed(NOW, ZoneOffset.UTC));
        String token = other.issue("STATUS", "TS20260302000001", Duration.ofDays(7));

        assertThat(other.verify(token, "STATUS")).isPresent();
        assertThat(at(NOW).verify(token, "STATUS")).isEmpty();
    }

    @Test
    void malformedOrOversizedInputIsRefusedWithoutAnError() {
        SignedTokens tokens = at(NOW);
        String valid = tokens.issue("STATUS", "TS20260302000001", Duration.ofDays(7));

        assertThat(tokens.verify(null, "STATUS")).isEmpty();
        assertThat(tokens.verify("", "STATUS")).isEmpty();
        assertThat(tokens.verify("nope", "STATUS")).isEmpty();
        assertThat(tokens.verify(".", "STATUS")).isEmpty();
        assertThat(tokens.verify("." + valid.substring(valid.indexOf('.') + 1), "STATUS")).isEmpty();
        assertThat(tokens.verify(valid + ".x", "STATUS")).isEmpty();
        assertThat(tokens.verify("4102444800.forged", "STATUS")).isEmpty();
        assertThat(tokens.verify("!!!.###", "STATUS")).isEmpty();
        assertThat(tokens.verify("a".repeat(SignedTokens.MAX_TOKEN_LENGTH + 1) + valid, "STATUS")).isEmpty();
    }

    @Test
    void aCorrectlySignedButMalformedPayloadIsRefused() {
        // signed with the right key, so only the payload checks stand between it and a subject
        assertThat(at(NOW).verify(signed("STATUS:TS20260302000001:not-a-number"), "STATUS")).isEmpty();
        assertThat(at(NOW).verify(signed("STATUS:TS20260302000001"), "STATUS")).isEmpty();
        assertThat(at(NOW).verify(signed("STATUS::4102444800"), "STATUS")).isEmpty();
        assertThat(at(NOW).verify(signed("STATUS:TS20260302000001:99999999999999999999"), "STATUS")).isEmpty();
        assertThat(at(NOW).verify(signed("STATUS:TS20260302000001:4102444800"), "STATUS")).contains("TS20260302000001");
    }

    @Test
    void issuingRefusesWhatCouldNotBeVerified() {
        SignedTokens tokens = at(NOW);
        assertThatThrownBy(() -> tokens.issue("status", "TS1", Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue("STATUS", "a:b", Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue("STATUS", "", Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue("STATUS", "TS1", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignedTokens(new byte[0], Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class);
    }

    /** A token over this payload signed with {@link #SECRET}, the way SignedTokens signs. */
    private static String signed(String payload) {
        try {
            String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(SECRET, "HmacSHA256"));
            return encoded + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(encoded.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String flip(String text, int index) {
        char c = text.charAt(index);
        return text.substring(0, index) + (c == 'A' ? 'B' : 'A') + text.substring(index + 1);
    }
}
