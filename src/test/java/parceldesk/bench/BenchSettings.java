package parceldesk.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a benchmark run does, from system properties ({@code mvn -Pbench verify -Dbench.seconds=30}).
 * Defaults finish in a few minutes; docs/performance.md lists every key.
 */
record BenchSettings(List<String> databases, List<Integer> concurrency, Duration warmup, Duration measure, int runs,
        List<String> scenarios, int lifecycleClients, int taskListCases, Map<String, String> appProperties, int timers,
        int dumpClients, int queryLimit, List<Integer> poolSizes) {

    static BenchSettings fromSystemProperties() {
        Map<String, String> app = new LinkedHashMap<>();
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("bench.app."))
                .forEach(k -> app.put(k.substring("bench.app.".length()), System.getProperty(k)));
        return new BenchSettings(
                list("bench.databases", "h2,mariadb"),
                list("bench.concurrency", "8,32,128,256").stream().map(Integer::valueOf).toList(),
                Duration.ofSeconds(Long.getLong("bench.warmup", 3)),
                Duration.ofSeconds(Long.getLong("bench.seconds", 8)),
                Integer.getInteger("bench.runs", 3),
                list("bench.scenarios", "intake,lifecycle,claim,pool,timers,timers2,tasklist,memory"),
                Integer.getInteger("bench.lifecycle.clients", 8),
                Integer.getInteger("bench.tasklist.cases", 100_000),
                app,
                Integer.getInteger("bench.timers", 10_000),
                Integer.getInteger("bench.dump.clients", 32),
                Integer.getInteger("bench.tasklist.query-limit", 20),
                list("bench.tune.pool-sizes", "10,20").stream().map(Integer::valueOf).toList());
    }

    private static List<String> list(String key, String fallback) {
        return Arrays.stream(System.getProperty(key, fallback).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }
}
