package parceldesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fixed concurrency, closed loop: each of {@code concurrency} clients sends its next request as
 * soon as the previous one is answered, for warm-up + measurement time; only answers that start in
 * the measurement window count. A prober asks {@code /actuator/health} every 250 ms meanwhile.
 */
final class LoadGenerator {

    /** One client's unit of work: any number of HTTP calls; returns the status that counts. */
    @FunctionalInterface
    interface Operation {
        int run(HttpClient http) throws Exception;
    }

    private final HttpClient http;
    private final URI health;

    LoadGenerator(HttpClient http, URI health) {
        this.http = http;
        this.health = health;
    }

    /** The application's address, e.g. {@code http://localhost:8123} (health's URI without its path). */
    String baseUrl() {
        return health.getScheme() + "://" + health.getAuthority();
    }

    LoadRun run(int concurrency, Duration warmup, Duration measure, Operation operation) throws InterruptedException {
        long start = System.nanoTime() + Duration.ofMillis(200).toNanos();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        List<long[]> perClient = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int c = 0; c < concurrency; c++) {
            Thread client = new Thread(() -> {
                long[] mine = new long[1024];
                int n = 0;
                try {
                    for (long wait; (wait = start - System.nanoTime()) > 0; ) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    while (true) {
                        long sent = System.nanoTime();
                        if (sent >= end) {
                            break;
                        }
                        String status;
                        try {
                            status = String.valueOf(operation.run(http));
                        } catch (Exception e) {
                            status = "exception";
                            if (errors.size() < 5) {
                                errors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                            }
                        }
                        long answered = System.nanoTime();
                        if (sent >= measureFrom && answered <= end) {
                            if (n == mine.length) {
                                mine = java.util.Arrays.copyOf(mine, n * 2);
                            }
                            mine[n++] = answered - sent;
                            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                } finally {
                    perClient.add(java.util.Arrays.copyOf(mine, n));
                    done.countDown();
                }
            }, "bench-client-" + c);
            client.setDaemon(true);
            client.start();
        }
        List<Long> healthTimes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger healthFailures = new AtomicInteger();
        Thread prober = new Thread(() -> probeHealth(measureFrom, end, healthTimes, healthFailures), "bench-health");
        prober.setDaemon(true);
        prober.start();
        done.await();
        prober.join(10_000);
        long[] all = perClient.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        Map<String, Integer> counted = new java.util.TreeMap<>();
        statuses.forEach((k, v) -> counted.put(k, v.get()));
        return new LoadRun(concurrency, measure.toNanos() / 1e9, all, counted,
                healthTimes.stream().mapToLong(Long::longValue).toArray(), healthFailures.get(), errors);
    }

    private void probeHealth(long from, long end, List<Long> times, AtomicInteger failures) {
        AtomicLong next = new AtomicLong(from);
        while (next.get() < end) {
            while (System.nanoTime() < next.get()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
            long sent = System.nanoTime();
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                times.add(System.nanoTime() - sent);
                if (answer.statusCode() != 200) {
                    failures.incrementAndGet();
                }
            } catch (Exception e) {
                times.add(System.nanoTime() - sent);
                failures.incrementAndGet();
            }
            next.addAndGet(Duration.ofMillis(250).toNanos());
        }
    }
}
