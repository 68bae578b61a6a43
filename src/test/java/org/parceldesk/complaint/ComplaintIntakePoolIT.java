package org.parceldesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * More concurrent intakes than the pool has connections, over HTTP on MariaDB: every one is
 * answered 201. Were any request to need a second connection while holding one (a case number
 * or an outbox anchor in a transaction of its own), the pool would starve and the requests would
 * fail with the pool's timeout. The door (admission limit) is opened wide so that all requests
 * reach the pool at once. A context of its own: the pool size differs from the shared one.
 *
 * <p>Timeouts alone would make a weak test (a fast machine may never hit them), so every connection
 * a request thread borrows is counted: the test fails if any request thread ever holds two.
 */
@MariaDbTest
@TestPropertySource(properties = {
        "spring.datasource.hikari.maximum-pool-size=" + ComplaintIntakePoolIT.POOL,
        // long: a slow machine must not fail the test; starvation would still fail it, and the
        // connection counter below catches a second connection even when no timeout occurs
        "spring.datasource.hikari.connection-timeout=120000",
        "parceldesk.overload.max-concurrent-requests=64",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.generate-unique-process-application-name=true"})
class ComplaintIntakePoolIT {

    static final int POOL = 4;
    private static final int CLIENTS = 16;
    private static final int ROUNDS_PER_CLIENT = 3;
    private static final int MAX_TRIES = 5;

    @LocalServerPort
    int port;
    @Autowired
    ComplaintTestSupport support;
    @Autowired
    ObjectMapper json;
    @Autowired
    DataSource dataSource;
    @Autowired
    ConnectionsPerThread connectionsPerThread;

    @Test
    void sixteenConcurrentIntakesOnFourConnectionsAllSucceed() throws Exception {
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        assertThat(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize()).isEqualTo(POOL);
        int sawWaiting = 0;
        List<String> caseNumbers = new ArrayList<>();
        // repeat until the pool was seen with requests queueing for it: the test must exercise what it claims
        for (int attempt = 0; attempt < MAX_TRIES && sawWaiting == 0; attempt++) {
            Burst burst = burst(pool);
            assertThat(burst.statuses()).as("every intake answered 201").containsOnly(201);
            caseNumbers.addAll(burst.caseNumbers());
            sawWaiting = burst.maxWaiting();
        }
        assertThat(sawWaiting).as("requests waited for a connection, so there were more of them than connections")
                .isPositive();
        assertThat(caseNumbers).doesNotHaveDuplicates().allMatch(n -> n.matches("TS\\d{14}"));
        assertThat(connectionsPerThread.requestConnections()).as("connections borrowed by request threads").isPositive();
        assertThat(connectionsPerThread.secondConnections()).as("a request thread borrowed a second connection").isEmpty();
    }

    private Burst burst(HikariPoolMXBean pool) throws Exception {
        List<NewComplaint> complaints = new ArrayList<>();
        for (int i = 0; i < CLIENTS * ROUNDS_PER_CLIENT; i++) {
            complaints.add(support.newComplaintAtStation("S001", null));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("complaint-handler:demo".getBytes(StandardCharsets.UTF_8));
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger maxWaiting = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (running.get()) {
                maxWaiting.accumulateAndGet(pool.getThreadsAwaitingConnection(), Math::max);
                try {
                    Thread.sleep(2); // sampling the pool, not waiting for a result
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<List<HttpResponse<String>>>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            work.add(() -> {
                start.await();
                List<HttpResponse<String>> answers = new ArrayList<>();
                for (int i; (i = next.getAndIncrement()) < complaints.size(); ) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/complaints"))
                            .timeout(Duration.ofSeconds(60)).header("Authorization", auth)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(complaints.get(i))))
                            .build();
                    answers.add(http.send(request, HttpResponse.BodyHandlers.ofString()));
                }
                return answers;
            });
        }
        List<Future<List<HttpResponse<String>>>> results = new ArrayList<>();
        for (Callable<List<HttpResponse<String>>> client : work) {
            results.add(clients.submit(client));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        try {
            for (Future<List<HttpResponse<String>>> result : results) {
                for (HttpResponse<String> answer : result.get(5, TimeUnit.MINUTES)) {
                    statuses.add(answer.statusCode());
                    if (answer.statusCode() == 201) {
                        numbers.add(json.readTree(answer.body()).get("caseNo").asText());
                    } else {
                        System.err.println("intake answered " + answer.statusCode() + ": " + answer.body());
                    }
                }
            }
        } finally {
            running.set(false);
            clients.shutdownNow();
        }
        return new Burst(statuses, numbers, maxWaiting.get());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class CountConnections {

        @Bean
        ConnectionsPerThread connectionsPerThread() {
            return new ConnectionsPerThread();
        }

        @Bean
        static BeanPostProcessor countingDataSource(ObjectProvider<ConnectionsPerThread> counter) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof HikariDataSource pool ? counter.getObject().wrap(pool) : bean;
                }
            };
        }
    }

    /** Counts, per thread, the pooled connections open at once; remembers where a second one was borrowed. */
    static class ConnectionsPerThread {

        private final ThreadLocal<int[]> open = ThreadLocal.withInitial(() -> new int[1]);
        private final List<String> second = new CopyOnWriteArrayList<>();
        private final AtomicInteger requestConnections = new AtomicInteger();

        DataSource wrap(HikariDataSource pool) {
            return new DelegatingDataSource(pool) {
                @Override
                public Connection getConnection() throws SQLException {
                    return counted(pool.getConnection());
                }

                @Override
                public Connection getConnection(String user, String password) throws SQLException {
                    return counted(pool.getConnection(user, password));
                }
            };
        }

        private Connection counted(Connection connection) {
            boolean request = Thread.currentThread().getName().startsWith("http-nio-");
            int[] mine = open.get();
            if (request) {
                requestConnections.incrementAndGet();
                if (mine[0] > 0) {
                    second.add(Thread.currentThread().getName() + " borrowed a connection while holding " + mine[0] + " at "
                            + Arrays.toString(Arrays.copyOfRange(new Throwable().getStackTrace(), 0, 40)));
                }
            }
            mine[0]++;
            AtomicBoolean closed = new AtomicBoolean();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close") && closed.compareAndSet(false, true)) {
                            mine[0]--;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        List<String> secondConnections() {
            return second;
        }

        int requestConnections() {
            return requestConnections.get();
        }
    }

    private record Burst(List<Integer> statuses, List<String> caseNumbers, int maxWaiting) {
    }
}
