package org.parceldesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.common.FieldProblem;
import org.parceldesk.common.InputLimits;
import org.parceldesk.common.InputProperties;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Engine REST's body checks answer in the reader's language: Chinese by default, English for Accept-Language: en. */
class EngineRestInputGuardTextTest {

    private final EngineRestInputGuard guard = new EngineRestInputGuard(new InputLimits(new InputProperties(
            new BigDecimal("1000000.00"), 64, 6, 15, LocalDate.parse("2000-01-01"), Duration.ofDays(730),
            new InputProperties.EngineRest(DataSize.ofMegabytes(1), new BigDecimal("1e15"), 4000)),
            Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.UTC)));

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void refusalsAreChineseByDefault() {
        assertThat(check("{\"a\":")).isEqualTo(new FieldProblem("body", "不是有效的 JSON"));
        assertThat(check("\"text\"")).isEqualTo(new FieldProblem("body", "应为 JSON 对象"));
        assertThat(check("{\"variables\":{\"x\":{\"value\":\"bad\",\"type\":\"Date\"}}}"))
                .isEqualTo(new FieldProblem("variables.x.value", "应为形如 2026-11-20T10:00:00.000+0800 的日期"));
        assertThat(check("{\"n\":1e16}")).isEqualTo(new FieldProblem("n", "绝对值不能大于 1000000000000000"));
        assertThat(check("{\"a\\u0000\":1}")).isEqualTo(new FieldProblem("body", "键名不能包含 NUL 字符"));
    }

    @Test
    void refusalsAreEnglishForAnEnglishReader() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "en-US,en;q=0.9");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        assertThat(check("{\"a\":")).isEqualTo(new FieldProblem("body", "is not valid JSON"));
        assertThat(check("\"text\"")).isEqualTo(new FieldProblem("body", "must be a JSON object"));
        assertThat(check("{\"variables\":{\"x\":{\"value\":\"bad\",\"type\":\"Date\"}}}"))
                .isEqualTo(new FieldProblem("variables.x.value", "must be a date like 2026-11-20T10:00:00.000+0800"));
        assertThat(check("{\"n\":1e16}"))
                .isEqualTo(new FieldProblem("n", "must not be larger than 1000000000000000 in absolute value"));
        assertThat(check("{\"a\\u0000\":1}")).isEqualTo(new FieldProblem("body", "a key must not contain NUL characters"));
    }

    private FieldProblem check(String body) {
        return guard.check(body.getBytes(StandardCharsets.UTF_8));
    }
}
