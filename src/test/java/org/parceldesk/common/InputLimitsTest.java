package org.parceldesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The refusals are read in the reader's language: the tests below read them as an English request does. */
class InputLimitsTest {

    private final InputLimits limits = new InputLimits(new InputProperties(new BigDecimal("1000000.00"), 64, 6, 15,
            LocalDate.parse("2000-01-01"), Duration.ofDays(730), new InputProperties.EngineRest(
                    org.springframework.util.unit.DataSize.ofMegabytes(1), new BigDecimal("1e15"), 4000)),
            Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.UTC));

    @BeforeEach
    void anEnglishRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "en");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void refusalsAreChineseWithoutAnEnglishReader() {
        RequestContextHolder.resetRequestAttributes();
        assertThat(limits.moneyRefusal(new BigDecimal("-0.01"))).isEqualTo("不能为负数");
        assertThat(limits.moneyRefusal(new BigDecimal("1000000.01"))).isEqualTo("不能大于 1000000.00");
        assertThat(limits.moneyRefusal(new BigDecimal("12.345"))).isEqualTo("最多两位小数");
        assertThat(limits.decimalRefusal(new BigDecimal("1e-1000"))).isEqualTo("小数位数过多（最多 6 位）");
        assertThat(limits.dateRefusal(Instant.parse("1900-01-01T00:00:00Z"))).isEqualTo("不能早于 2000-01-01");
        assertThat(limits.dateRefusal(Instant.MAX)).isEqualTo("不能晚于今天起 730 天");
        assertThat(TextInput.refusal("a\u0000b")).isEqualTo("不能包含 NUL 字符");
        assertThat(TextInput.refusal("photo\u202Egpj.exe")).isEqualTo("不能包含双向控制字符（U+202E）");
    }

    @Test
    void moneyIsBoundedBeforeAnyArithmetic() {
        assertThat(limits.moneyRefusal(new BigDecimal("0.00"))).isNull();
        assertThat(limits.moneyRefusal(new BigDecimal("1000000.00"))).isNull();
        assertThat(limits.moneyRefusal(new BigDecimal("12.3400"))).as("trailing zeros are not decimals").isNull();
        assertThat(limits.moneyRefusal(new BigDecimal("-0.01"))).isEqualTo("must not be negative");
        assertThat(limits.moneyRefusal(new BigDecimal("1000000.01"))).isEqualTo("must not be more than 1000000.00");
        assertThat(limits.moneyRefusal(new BigDecimal("12.345"))).isEqualTo("must have at most 2 decimals");
        assertThat(limits.moneyRefusal(new BigDecimal("1e10000000"))).isEqualTo("must not be more than 1000000.00");
        assertThat(limits.moneyRefusal(new BigDecimal("1e-10000000"))).isEqualTo("must have at most 2 decimals");
        assertThatThrownBy(() -> limits.money("postage", new BigDecimal("-1")))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(problem.errors()).containsExactly(new FieldProblem("postage", "must not be negative"));
                });
        assertThat(limits.money("postage", new BigDecimal("12.5"))).isEqualTo(Money.of("12.50"));
    }

    @Test
    void decimalsWithAbsurdExponentsOrScalesAreRefused() {
        assertThat(limits.decimalRefusal(new BigDecimal("95.5"))).isNull();
        assertThat(limits.decimalRefusal(new BigDecimal("999999999999999"))).isNull();
        assertThat(limits.decimalRefusal(new BigDecimal("1000000000000000"))).startsWith("is too large");
        assertThat(limits.decimalRefusal(new BigDecimal("1e1000000"))).startsWith("is too large");
        assertThat(limits.decimalRefusal(new BigDecimal("1e-1000"))).startsWith("has too many decimal places");
        assertThat(limits.decimalRefusal(new BigDecimal("0.1234560000"))).isNull();
    }

    @Test
    void datesMustLieInThePlausibleWindow() {
        assertThat(limits.dateRefusal(Instant.parse("2026-11-20T00:00:00Z"))).isNull();
        assertThat(limits.dateRefusal(Instant.parse("2000-01-01T00:00:00Z"))).isNull();
        assertThat(limits.dateRefusal(Instant.parse("1900-01-01T00:00:00Z"))).isEqualTo("must not be before 2000-01-01");
        assertThat(limits.dateRefusal(Instant.parse("9999-12-31T00:00:00Z"))).startsWith("must not be more than 730 days");
        assertThat(limits.dateRefusal(Instant.MAX)).startsWith("must not be more than");
        assertThat(limits.dateRefusal(LocalDate.parse("2028-11-20"))).isNull();
        assertThat(limits.dateRefusal(LocalDate.parse("2028-11-30"))).isNotNull();
    }

    @Test
    void textWithInvisibleCharactersIsRefusedNotCleaned() {
        assertThat(TextInput.refusal("张先生\n第二行\t缩进\r\n")).isNull();
        assertThat(TextInput.refusal("emoji 📦 ok")).isNull();
        assertThat(TextInput.refusal("a\u0000b")).isEqualTo("must not contain NUL characters");
        assertThat(TextInput.refusal("bell\u0007")).contains("control characters (U+0007)");
        assertThat(TextInput.refusal("c1\u0085")).contains("control characters (U+0085)");
        assertThat(TextInput.refusal("photo\u202Egpj.exe")).contains("bidirectional control characters (U+202E)");
        assertThat(TextInput.refusal("\u2066x\u2069")).contains("bidirectional");
        assertThat(TextInput.refusal("broken\uD800")).contains("unpaired surrogate");
        assertThat(TextInput.refusal("\uDC00")).contains("unpaired surrogate");
        assertThat(TextInput.refusal(null)).isNull();
    }
}
