package org.parceldesk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.parceldesk.common.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The two throttles in front of Spring Security, both per client address ({@link ClientAddresses})
 * and answering 429 problem JSON with {@code Retry-After}.
 */
final class ThrottleFilters {

    private ThrottleFilters() {
    }

    /**
     * Failed logins are counted per address, never per account: a stranger who guesses passwords
     * for {@code admin} or {@code intake-api} slows only themselves down, and the account keeps
     * working from everywhere else (Camunda's own per-account lockout is switched off, see
     * application.yaml). A throttled address gets 429 before its credentials are even checked, so
     * that guessing on goes unanswered.
     */
    static final class Login extends OncePerRequestFilter {

        private final RateLimiter failures;
        private final ClientAddresses addresses;
        private final Set<String> exempt;
        private final ObjectMapper json;

        Login(AbuseProperties properties, Clock clock, ObjectMapper json) {
            this.failures = new RateLimiter(properties.login(), clock, properties.maxTrackedAddresses());
            this.addresses = new ClientAddresses(properties);
            this.exempt = Set.copyOf(properties.exemptAddresses());
            this.json = json;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !carriesCredentials(request);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String address = addresses.of(request);
            if (exempt.contains(address)) {
                chain.doFilter(request, response);
                return;
            }
            Duration wait = failures.waitTime(address);
            if (!wait.isZero()) {
                tooManyRequests(request, response, wait, "security.throttle.logins", json);
                return;
            }
            chain.doFilter(request, response);
            if (failed(request, response)) {
                failures.take(address);
            }
        }

        static boolean carriesCredentials(HttpServletRequest request) {
            String authorization = request.getHeader("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return true;
            }
            if (!"POST".equals(request.getMethod())) {
                return false;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.equals("/login") || path.matches("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");
        }

        /** 401 from HTTP Basic or the Camunda webapps' login, a redirect to /login?error from the login form. */
        private static boolean failed(HttpServletRequest request, HttpServletResponse response) {
            if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
                return true;
            }
            String location = response.getHeader("Location");
            return "POST".equals(request.getMethod()) && location != null && location.contains("/login?error");
        }
    }

    /**
     * The public portal per address: form submissions (filing a complaint or a claim, evidence,
     * answers) and case look-ups have a bucket each, so that nobody can file thousands of cases,
     * relay acknowledgment mails to arbitrary addresses, or walk through case numbers.
     */
    static final class Portal extends OncePerRequestFilter {

        private static final Set<String> TRACKING = Set.of("/portal/track", "/api/public/complaints/track");

        private final RateLimiter filing;
        private final RateLimiter lookup;
        private final RateLimiter tracking;
        private final ClientAddresses addresses;
        private final Set<String> exempt;
        private final ObjectMapper json;

        Portal(AbuseProperties properties, Clock clock, ObjectMapper json) {
            this.filing = new RateLimiter(properties.portalFiling(), clock, properties.maxTrackedAddresses());
            this.lookup = new RateLimiter(properties.portalLookup(), clock, properties.maxTrackedAddresses());
            this.tracking = new RateLimiter(properties.portalTracking(), clock, properties.maxTrackedAddresses());
            this.addresses = new ClientAddresses(properties);
            this.exempt = Set.copyOf(properties.exemptAddresses());
            this.json = json;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return limiter(request) == null;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String address = addresses.of(request);
            if (!exempt.contains(address)) {
                Duration wait = limiter(request).take(address);
                if (!wait.isZero()) {
                    tooManyRequests(request, response, wait, "security.throttle.requests", json);
                    return;
                }
            }
            chain.doFilter(request, response);
        }

        private RateLimiter limiter(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            boolean portal = path.startsWith("/portal/");
            if ("POST".equals(request.getMethod()) && TRACKING.contains(path)) {
                // a case number + phone guess: its own, smaller bucket, so that filing does not use it up
                return tracking;
            }
            if ("POST".equals(request.getMethod()) && portal) {
                return filing;
            }
            if ("GET".equals(request.getMethod()) && (path.startsWith("/api/public/")
                    || (portal && !path.endsWith("/new") && path.split("/").length > 3)
                    || path.equals("/portal/survey"))) {
                return lookup;
            }
            return null;
        }
    }

    /** 429 whose detail is the bundle text {@code key}, in the language the request asks for (docs/messages.md). */
    static void tooManyRequests(HttpServletRequest request, HttpServletResponse response, Duration wait, String key,
            ObjectMapper json) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        java.util.Locale locale = Messages.locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                Messages.text(locale, key, seconds));
        problem.setTitle(Messages.text(locale, "problem.title.429"));
        problem.setProperty("retryAfterSeconds", seconds);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
