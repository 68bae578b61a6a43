package org.parceldesk.overload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

class AdmissionFilterTest {

    private final ObjectMapper json = new ObjectMapper();

    private AdmissionFilter filter(int concurrent, int queued, Duration queueTimeout) {
        OverloadProperties properties = new OverloadProperties(concurrent, queued, queueTimeout, Duration.ofSeconds(7),
                Duration.ofSeconds(5), Duration.ofSeconds(2), true);
        return new AdmissionFilter(properties, new ServiceUnavailable(json, properties));
    }

    @Test
    void aRequestBeyondTheRunningAndQueuedLimitsIsAnswered503WithRetryAfterAtOnce() throws Exception {
        AdmissionFilter filter = filter(1, 0, Duration.ofMinutes(5));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<?> running = first.submit(() -> {
                filter.doFilter(request("/api/v1/complaints"), new MockHttpServletResponse(), (req, res) -> {
                    inside.countDown();
                    await(release);
                });
                return null;
            });
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();

            MockHttpServletResponse refused = new MockHttpServletResponse();
            MockFilterChain notReached = new MockFilterChain();
            filter.doFilter(request("/api/v1/complaints"), refused, notReached);

            assertThat(notReached.getRequest()).as("the refused request never reached the application").isNull();
            assertThat(refused.getStatus()).isEqualTo(503);
            assertThat(refused.getHeader("Retry-After")).isEqualTo("7");
            assertThat(refused.getContentType()).isEqualTo("application/problem+json");
            JsonNode problem = json.readTree(refused.getContentAsString());
            assertThat(problem.get("status").asInt()).isEqualTo(503);
            assertThat(problem.get("retryAfterSeconds").asInt()).isEqualTo(7);

            // health is never held at the door
            MockFilterChain health = new MockFilterChain();
            filter.doFilter(request("/actuator/health"), new MockHttpServletResponse(), health);
            assertThat(health.getRequest()).isNotNull();

            release.countDown();
            running.get(30, TimeUnit.SECONDS);
            MockFilterChain after = new MockFilterChain();
            filter.doFilter(request("/api/v1/complaints"), new MockHttpServletResponse(), after);
            assertThat(after.getRequest()).as("the permit came back").isNotNull();
            assertThat(filter.running()).isZero();
        } finally {
            release.countDown();
            first.shutdownNow();
        }
    }

    @Test
    void aQueuedRequestRunsWhenTheRunningOneFinishes() throws Exception {
        AdmissionFilter filter = filter(1, 5, Duration.ofMinutes(5));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> running = threads.submit(() -> {
                filter.doFilter(request("/api/x"), new MockHttpServletResponse(), (req, res) -> {
                    inside.countDown();
                    await(release);
                });
                return null;
            });
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
            MockHttpServletResponse queuedResponse = new MockHttpServletResponse();
            MockFilterChain queuedChain = new MockFilterChain();
            Future<?> queued = threads.submit(() -> {
                filter.doFilter(request("/api/x"), queuedResponse, queuedChain);
                return null;
            });
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (filter.waiting() == 0 && !queued.isDone()) {
                assertThat(System.nanoTime()).as("the second request reaches the queue").isLessThan(giveUp);
                Thread.onSpinWait();
            }
            assertThat(queuedChain.getRequest()).as("waits while the first runs").isNull();
            release.countDown();
            queued.get(30, TimeUnit.SECONDS);
            running.get(30, TimeUnit.SECONDS);
            assertThat(queuedChain.getRequest()).isNotNull();
            assertThat(queuedResponse.getStatus()).isEqualTo(200);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void noConnectionInTimeAnywhereInTheCauseChainIs503NotA500() throws Exception {
        AdmissionFilter filter = filter(4, 0, Duration.ZERO);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request("/api/v1/complaints"), response, (req, res) -> {
            throw new IllegalStateException("engine command failed", new CannotCreateTransactionException(
                    "Could not open JPA EntityManager", new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("7");
        assertThat(filter.running()).isZero();
    }

    @Test
    void aConnectionLostMidRequestBecauseTheDatabaseWentAwayIs503NotA500() throws Exception {
        AdmissionFilter filter = filter(4, 0, Duration.ZERO);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request("/api/v1/complaints"), response, (req, res) -> {
            throw new IllegalStateException("engine command failed", new RuntimeException("could not execute statement",
                    new java.sql.SQLRecoverableException("Communications link failure")));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(filter.running()).isZero();
    }

    @Test
    void whileTheDatabaseIsUnreachableNewRequestsAre503AtOnceAndPassAgainWhenItIsBack() throws Exception {
        OverloadProperties properties = new OverloadProperties(4, 10, Duration.ofMinutes(5), Duration.ofSeconds(7),
                Duration.ofSeconds(5), Duration.ofSeconds(2), true);
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
        AdmissionFilter filter = new AdmissionFilter(properties, new ServiceUnavailable(json, properties), down::get);

        MockHttpServletResponse refused = new MockHttpServletResponse();
        MockFilterChain notReached = new MockFilterChain();
        filter.doFilter(request("/api/v1/complaints"), refused, notReached);
        assertThat(notReached.getRequest()).as("never reaches the application").isNull();
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("7");
        assertThat(json.readTree(refused.getContentAsString()).get("detail").asText()).isEqualTo("数据库不可用，请稍后重试");
        assertThat(json.readTree(refused.getContentAsString()).get("title").asText()).isEqualTo("服务暂不可用");
        MockHttpServletResponse refusedInEnglish = new MockHttpServletResponse();
        MockHttpServletRequest english = request("/api/v1/complaints");
        english.addHeader("Accept-Language", "en");
        filter.doFilter(english, refusedInEnglish, new MockFilterChain());
        assertThat(json.readTree(refusedInEnglish.getContentAsString()).get("detail").asText())
                .isEqualTo("The database is unavailable; try again shortly");

        MockFilterChain health = new MockFilterChain();
        filter.doFilter(request("/actuator/health/readiness"), new MockHttpServletResponse(), health);
        assertThat(health.getRequest()).as("health still answers (DOWN) during the outage").isNotNull();

        down.set(false);
        MockFilterChain admitted = new MockFilterChain();
        MockHttpServletResponse served = new MockHttpServletResponse();
        filter.doFilter(request("/api/v1/complaints"), served, admitted);
        assertThat(admitted.getRequest()).as("admitted again once the check reaches the database").isNotNull();
        assertThat(served.getStatus()).isEqualTo(200);
    }

    @Test
    void sheddingWhileTheDatabaseIsDownCanBeTurnedOff() throws Exception {
        OverloadProperties properties = new OverloadProperties(4, 10, Duration.ofMinutes(5), Duration.ofSeconds(7),
                Duration.ofSeconds(5), Duration.ofSeconds(2), false);
        AdmissionFilter filter = new AdmissionFilter(properties, new ServiceUnavailable(json, properties), () -> true);
        MockFilterChain admitted = new MockFilterChain();
        filter.doFilter(request("/api/v1/complaints"), new MockHttpServletResponse(), admitted);
        assertThat(admitted.getRequest()).isNotNull();
    }

    @Test
    void otherFailuresPassThroughUnchanged() {
        AdmissionFilter filter = filter(4, 0, Duration.ZERO);
        IllegalStateException bug = new IllegalStateException("a bug");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> filter.doFilter(request("/api/x"), new MockHttpServletResponse(),
                (req, res) -> {
                    throw bug;
                })).isSameAs(bug);
        assertThat(filter.running()).isZero();
    }

    private static MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRequestURI(path);
        return request;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
