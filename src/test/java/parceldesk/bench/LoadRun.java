package parceldesk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one timed run measured: request latencies (ns), status counts, health latencies. */
final class LoadRun {

    final int concurrency;
    final double seconds;
    final long[] latencies;
    final Map<String, Integer> statuses;
    final long[] healthLatencies;
    final int healthFailures;
    final List<String> errorSamples;

    LoadRun(int concurrency, double seconds, long[] latencies, Map<String, Integer> statuses, long[] healthLatencies,
            int healthFailures, List<String> errorSamples) {
        this.concurrency = concurrency;
        this.seconds = seconds;
        this.latencies = latencies.clone();
        Arrays.sort(this.latencies);
        this.statuses = new LinkedHashMap<>(statuses);
        this.healthLatencies = healthLatencies.clone();
        Arrays.sort(this.healthLatencies);
        this.healthFailures = healthFailures;
        this.errorSamples = new ArrayList<>(errorSamples);
    }

    double throughput() {
        return latencies.length / seconds;
    }

    /** Anything but a 2xx and the door's 503 (exceptions, timeouts, 4xx, 500). */
    int errors() {
        return statuses.entrySet().stream().filter(e -> !e.getKey().startsWith("2") && !e.getKey().equals("503"))
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** Answered 503 with Retry-After by the admission door: load shed on purpose, reported apart from errors. */
    int shed() {
        return statuses.getOrDefault("503", 0);
    }

    static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("concurrency", concurrency);
        json.put("seconds", seconds);
        json.put("requests", latencies.length);
        json.put("throughputPerSecond", round(throughput()));
        json.put("p50Ms", round(millis(latencies, 0.50)));
        json.put("p95Ms", round(millis(latencies, 0.95)));
        json.put("p99Ms", round(millis(latencies, 0.99)));
        json.put("maxMs", round(millis(latencies, 1.0)));
        json.put("statuses", statuses);
        json.put("errors", errors());
        json.put("shed503", shed());
        json.put("healthChecks", healthLatencies.length);
        json.put("healthFailures", healthFailures);
        json.put("healthP99Ms", round(millis(healthLatencies, 0.99)));
        json.put("healthMaxMs", round(millis(healthLatencies, 1.0)));
        if (!errorSamples.isEmpty()) {
            json.put("errorSamples", errorSamples);
        }
        return json;
    }

    static double round100(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 100) / 100.0;
    }

    static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 10) / 10.0;
    }
}
