package org.parceldesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Throttling per client address with an injected clock: time moves, nobody sleeps. */
class ThrottleFiltersTest {

    private final MovableClock clock = new MovableClock();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void failedLoginsThrottleTheAddressNotTheAccount() throws Exception {
        ThrottleFilters.Login filter = new ThrottleFilters.Login(properties(false, List.of()), clock, json);
        for (int i = 0; i < 3; i++) {
            assertThat(basic(filter, "203.0.113.9", "admin", 401).getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse throttled = basic(filter, "203.0.113.9", "admin", 200);
        assertThat(throttled.getStatus()).as("the attacker's address, even with the right password").isEqualTo(429);
        assertThat(throttled.getHeader("Retry-After")).isEqualTo("300");
        assertThat(throttled.getContentType()).isEqualTo("application/problem+json");
        assertThat(throttled.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"status\":429")
                .contains("请求过多").contains("来自您地址的登录失败次数过多，请 300 秒后重试");
        MockHttpServletRequest english = basicRequest("203.0.113.9", "admin");
        english.addHeader("Accept-Language", "en");
        MockHttpServletResponse throttledInEnglish = new MockHttpServletResponse();
        filter.doFilter(english, throttledInEnglish, answering(200));
        assertThat(throttledInEnglish.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Too many requests")
                .contains("Too many failed logins from your address; try again in 300 s");

        assertThat(basic(filter, "198.51.100.20", "admin", 200).getStatus())
                .as("admin from another address is not locked out").isEqualTo(200);
        assertThat(basic(filter, "198.51.100.21", "intake-api", 200).getStatus())
                .as("the machine user from its own address").isEqualTo(200);

        clock.move(Duration.ofMinutes(5));
        assertThat(basic(filter, "203.0.113.9", "admin", 200).getStatus()).as("one token back after 15 min / 3").isEqualTo(200);
    }

    @Test
    void successfulLoginsAndRequestsWithoutCredentialsAreNotCounted() throws Exception {
        ThrottleFilters.Login filter = new ThrottleFilters.Login(properties(false, List.of()), clock, json);
        for (int i = 0; i < 10; i++) {
            assertThat(basic(filter, "203.0.113.10", "admin", 200).getStatus()).isEqualTo(200);
        }
        MockHttpServletRequest anonymous = request("GET", "/api/v1/complaints", "203.0.113.10");
        for (int i = 0; i < 10; i++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(anonymous, response, answering(401));
            assertThat(response.getStatus()).isEqualTo(401);
        }
        assertThat(basic(filter, "203.0.113.10", "admin", 200).getStatus()).isEqualTo(200);
    }

    @Test
    void theLoginFormAndTheCamundaLoginCountFailures() throws Exception {
        ThrottleFilters.Login filter = new ThrottleFilters.Login(properties(false, List.of()), clock, json);
        MockHttpServletRequest form = request("POST", "/login", "203.0.113.11");
        MockHttpServletResponse first = new MockHttpServletResponse();
        filter.doFilter(form, first, (req, res) -> ((HttpServletResponse) res).sendRedirect("/login?error"));
        MockHttpServletRequest camunda = request("POST", "/camunda/api/admin/auth/user/default/login/tasklist", "203.0.113.11");
        filter.doFilter(camunda, new MockHttpServletResponse(), answering(401));
        filter.doFilter(camunda, new MockHttpServletResponse(), answering(401));
        MockHttpServletResponse throttled = new MockHttpServletResponse();
        filter.doFilter(request("POST", "/login", "203.0.113.11"), throttled, answering(302));
        assertThat(throttled.getStatus()).isEqualTo(429);
    }

    @Test
    void forwardedForIsIgnoredUnlessTheProxyIsTrusted() throws Exception {
        ThrottleFilters.Login untrusting = new ThrottleFilters.Login(properties(false, List.of("10.0.0.1")), clock, json);
        for (int i = 0; i < 3; i++) {
            MockHttpServletRequest spoofed = basicRequest("203.0.113.12", "admin");
            spoofed.addHeader("X-Forwarded-For", "192.0.2." + i);
            untrusting.doFilter(spoofed, new MockHttpServletResponse(), answering(401));
        }
        assertThat(basic(untrusting, "203.0.113.12", "admin", 200).getStatus())
                .as("a changing X-Forwarded-For does not escape the throttle").isEqualTo(429);

        ThrottleFilters.Login behindProxy = new ThrottleFilters.Login(properties(true, List.of("10.0.0.1")), clock, json);
        for (int i = 0; i < 3; i++) {
            MockHttpServletRequest viaProxy = basicRequest("10.0.0.1", "admin");
            viaProxy.addHeader("X-Forwarded-For", "1.2.3.4, 203.0.113.13");
            behindProxy.doFilter(viaProxy, new MockHttpServletResponse(), answering(401));
        }
        MockHttpServletRequest sameClient = basicRequest("10.0.0.1", "admin");
        sameClient.addHeader("X-Forwarded-For", "9.9.9.9, 203.0.113.13");
        MockHttpServletResponse response = new MockHttpServletResponse();
        behindProxy.doFilter(sameClient, response, answering(200));
        assertThat(response.getStatus()).as("the right-most untrusted hop is the client").isEqualTo(429);
        MockHttpServletRequest otherClient = basicRequest("10.0.0.1", "admin");
        otherClient.addHeader("X-Forwarded-For", "203.0.113.14");
        MockHttpServletResponse other = new MockHttpServletResponse();
        behindProxy.doFilter(otherClient, other, answering(200));
        assertThat(other.getStatus()).as("other clients behind the same proxy").isEqualTo(200);
    }

    @Test
    void thePortalLimitsFilingAndLookupsSeparatelyPerAddress() throws Exception {
        ThrottleFilters.Portal filter = new ThrottleFilters.Portal(properties(false, List.of()), clock, json);
        assertThat(portal(filter, "POST", "/portal/complaints", "203.0.113.30")).isEqualTo(200);
        assertThat(portal(filter, "POST", "/portal/claims", "203.0.113.30")).isEqualTo(200);
        MockHttpServletResponse throttled = new MockHttpServletResponse();
        filter.doFilter(request("POST", "/portal/complaints", "203.0.113.30"), throttled, answering(200));
        assertThat(throttled.getStatus()).isEqualTo(429);
        assertThat(throttled.getHeader("Retry-After")).isEqualTo("1800");

        assertThat(portal(filter, "GET", "/portal/complaints/TS20261126000001", "203.0.113.30"))
                .as("look-ups have their own bucket").isEqualTo(200);
        assertThat(portal(filter, "GET", "/api/public/complaints/TS20261126000001", "203.0.113.30")).isEqualTo(200);
        assertThat(portal(filter, "GET", "/portal/claims/LP20261126000001", "203.0.113.30")).isEqualTo(200);
        assertThat(portal(filter, "GET", "/portal/complaints/TS20261126000002", "203.0.113.30")).isEqualTo(429);
        assertThat(portal(filter, "GET", "/portal/complaints/new", "203.0.113.30")).as("the empty form is free").isEqualTo(200);
        assertThat(portal(filter, "POST", "/portal/complaints", "203.0.113.31")).as("another address").isEqualTo(200);

        clock.move(Duration.ofMinutes(30));
        assertThat(portal(filter, "POST", "/portal/complaints", "203.0.113.30")).isEqualTo(200);
    }

    @Test
    void trackingByCaseNumberAndPhoneHasItsOwnSmallBucketPerAddress() throws Exception {
        ThrottleFilters.Portal filter = new ThrottleFilters.Portal(properties(false, List.of()), clock, json);
        assertThat(portal(filter, "POST", "/portal/track", "203.0.113.40")).isEqualTo(200);
        assertThat(portal(filter, "POST", "/api/public/complaints/track", "203.0.113.40"))
                .as("the page and the JSON share the bucket").isEqualTo(200);
        assertThat(portal(filter, "POST", "/portal/track", "203.0.113.40")).isEqualTo(429);
        assertThat(portal(filter, "POST", "/api/public/complaints/track", "203.0.113.40")).isEqualTo(429);
        assertThat(portal(filter, "POST", "/portal/complaints", "203.0.113.40"))
                .as("filing is counted apart from tracking").isEqualTo(200);
        assertThat(portal(filter, "POST", "/portal/track", "203.0.113.41")).as("another address").isEqualTo(200);
        clock.move(Duration.ofMinutes(5));
        assertThat(portal(filter, "POST", "/portal/track", "203.0.113.40")).as("one token back after 10 min / 2").isEqualTo(200);
    }

    @Test
    void exemptAddressesAreNotThrottled() throws Exception {
        AbuseProperties base = properties(false, List.of());
        AbuseProperties exempt = new AbuseProperties(false, List.of(), List.of("192.0.2.50"), 100, base.login(),
                base.portalFiling(), base.portalLookup(), base.portalTracking());
        ThrottleFilters.Portal filter = new ThrottleFilters.Portal(exempt, clock, json);
        for (int i = 0; i < 5; i++) {
            assertThat(portal(filter, "POST", "/portal/complaints", "192.0.2.50")).isEqualTo(200);
        }
    }

    @Test
    void theBucketMapStaysBounded() {
        RateLimiter limiter = new RateLimiter(new AbuseProperties.Rate(1, Duration.ofSeconds(1)), clock, 10);
        for (int i = 0; i < 50; i++) {
            limiter.take("198.51.100." + i);
            clock.move(Duration.ofSeconds(2));
        }
        assertThat(limiter.trackedKeys()).isLessThanOrEqualTo(10);
        limiter.take("203.0.113.1");
        assertThat(limiter.take("203.0.113.1")).as("the bucket of a current address is kept").isPositive();
    }

    private static AbuseProperties properties(boolean trustForwardedFor, List<String> proxies) {
        return new AbuseProperties(trustForwardedFor, proxies, List.of(), 100,
                new AbuseProperties.Rate(3, Duration.ofMinutes(15)),
                new AbuseProperties.Rate(2, Duration.ofHours(1)),
                new AbuseProperties.Rate(3, Duration.ofMinutes(1)),
                new AbuseProperties.Rate(2, Duration.ofMinutes(10)));
    }

    private MockHttpServletResponse basic(ThrottleFilters.Login filter, String address, String user, int answer)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(basicRequest(address, user), response, answering(answer));
        return response;
    }

    private int portal(ThrottleFilters.Portal filter, String method, String path, String address) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request(method, path, address), response, answering(200));
        return response.getStatus();
    }

    private static MockHttpServletRequest basicRequest(String address, String user) {
        MockHttpServletRequest request = request("GET", "/api/v1/complaints", address);
        request.addHeader("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":x").getBytes()));
        return request;
    }

    private static MockHttpServletRequest request(String method, String path, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(address);
        return request;
    }

    /** The rest of the chain: answers with the given status, as Spring Security would. */
    private static jakarta.servlet.FilterChain answering(int status) {
        return (request, response) -> ((HttpServletResponse) response).setStatus(status);
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T02:00:00Z");

        void move(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
