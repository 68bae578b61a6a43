package parceldesk.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Summaries over repeated runs, and the Markdown table of docs/performance.md. */
final class BenchReport {

    private BenchReport() {
    }

    static Map<String, Object> summary(String database, String scenario, int clients, List<LoadRun> runs,
            Map<String, Object> baseline) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("database", database);
        summary.put("scenario", scenario);
        summary.put("clients", clients);
        List<Double> throughput = runs.stream().map(LoadRun::throughput).sorted().toList();
        summary.put("throughputMedian", LoadRun.round(median(throughput)));
        summary.put("throughputMin", LoadRun.round(throughput.get(0)));
        summary.put("throughputMax", LoadRun.round(throughput.get(throughput.size() - 1)));
        summary.put("p50MsMedian", LoadRun.round(median(runs.stream().map(r -> LoadRun.millis(r.latencies, 0.5)).sorted().toList())));
        summary.put("p95MsMedian", LoadRun.round(median(runs.stream().map(r -> LoadRun.millis(r.latencies, 0.95)).sorted().toList())));
        summary.put("p99MsMedian", LoadRun.round(median(runs.stream().map(r -> LoadRun.millis(r.latencies, 0.99)).sorted().toList())));
        summary.put("runCount", runs.size());
        summary.put("p99MsMin", LoadRun.round(runs.stream().mapToDouble(r -> LoadRun.millis(r.latencies, 0.99)).filter(d -> !Double.isNaN(d)).min().orElse(Double.NaN)));
        summary.put("p99MsMax", LoadRun.round(runs.stream().mapToDouble(r -> LoadRun.millis(r.latencies, 0.99)).filter(d -> !Double.isNaN(d)).max().orElse(Double.NaN)));
        summary.put("errors", runs.stream().mapToInt(LoadRun::errors).sum());
        summary.put("shed503", runs.stream().mapToInt(LoadRun::shed).sum());
        summary.put("healthMaxMs", LoadRun.round(runs.stream().mapToDouble(r -> LoadRun.millis(r.healthLatencies, 1.0)).max().orElse(Double.NaN)));
        summary.put("healthFailures", runs.stream().mapToInt(r -> r.healthFailures).sum());
        if (baseline != null) {
            double ours = (Double) summary.get("throughputMedian");
            double theirs = (Double) baseline.get("throughputMedian");
            // at fixed concurrency, cost per case ~ 1 / throughput
            summary.put("costRatioToBaseline", ours > 0 ? LoadRun.round100(theirs / ours) : Double.NaN);
            double ourP50 = (Double) summary.get("p50MsMedian");
            double theirP50 = (Double) baseline.get("p50MsMedian");
            summary.put("p50RatioToBaseline", theirP50 > 0 ? LoadRun.round100(ourP50 / theirP50) : Double.NaN);
        }
        List<Map<String, Object>> each = new ArrayList<>();
        runs.forEach(r -> each.add(r.toJson()));
        summary.put("runs", each);
        return summary;
    }

    /** The 1-minute load average when the row's scenario started and ended. */
    private static String load(Map<String, Object> row) {
        return first(row.get("loadAverageAtStart")) + "→" + first(row.get("loadAverageAtEnd"));
    }

    private static String first(Object loadAverage) {
        return loadAverage == null ? "?" : String.valueOf(loadAverage).split(" ")[0];
    }

    /** Median of the runs that have a figure (a run in which no request finished inside the window has none). */
    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().filter(v -> !v.isNaN()).sorted().toList();
        int n = sorted.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> report, List<Map<String, Object>> results) {
        StringBuilder md = new StringBuilder();
        Map<String, Object> machine = (Map<String, Object>) report.get("machine");
        md.append("## Benchmark run ").append(report.get("startedAt")).append("\n\n");
        md.append("- machine: ").append(machine.get("cpu")).append(", ").append(machine.get("cores")).append(" cores, ")
                .append(machine.get("memTotal")).append(", ").append(machine.get("os")).append('\n');
        md.append("- JVM: ").append(machine.get("jvm")).append(", max heap ").append(machine.get("maxHeapMb")).append(" MB\n");
        md.append("- load average (1/5/15 min) at start: ").append(report.get("loadAverageAtStart")).append(", at end: ")
                .append(report.get("loadAverageAtEnd")).append('\n');
        md.append("- settings: ").append(report.get("settings")).append('\n');
        ((List<String>) report.get("notes")).forEach(n -> md.append("- ").append(n).append('\n'));
        md.append("\n| database | scenario | clients | runs | cases/s median (min–max) | p50 ms | p95 ms | p99 ms median (min–max) | errors | shed (503) | health max ms | cost × baseline | load 1 min start→end |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        results.stream().filter(r -> r.containsKey("throughputMedian")).forEach(r -> md
                .append("| ").append(r.get("database")).append(" | ").append(r.get("scenario")).append(" | ").append(r.get("clients"))
                .append(" | ").append(r.get("runCount"))
                .append(" | ").append(r.get("throughputMedian")).append(" (").append(r.get("throughputMin")).append("–")
                .append(r.get("throughputMax")).append(") | ").append(r.get("p50MsMedian")).append(" | ")
                .append(r.get("p95MsMedian")).append(" | ").append(r.get("p99MsMedian")).append(" (").append(r.get("p99MsMin"))
                .append("–").append(r.get("p99MsMax")).append(") | ").append(r.get("errors"))
                .append(" | ").append(r.get("shed503")).append(" | ").append(r.get("healthMaxMs")).append(" | ")
                .append(r.getOrDefault("costRatioToBaseline", "")).append(" | ").append(load(r)).append(" |\n"));
        results.stream().filter(r -> "timer-burst".equals(r.get("scenario"))).forEach(r -> md.append("\n- timer burst on ")
                .append(r.get("database")).append(": ").append(r.get("summary")).append(" (load 1 min ").append(load(r)).append(")"));
        results.stream().filter(r -> "memory".equals(r.get("scenario"))).forEach(r -> md.append("\n- memory on ")
                .append(r.get("database")).append(", ").append(r.get("jvm")).append(": ").append(r.get("openProcessInstances"))
                .append(" open process instances, heap after full GC ").append(r.get("heapUsedAfterGcMb")).append(" MB (committed ")
                .append(r.get("heapCommittedMb")).append(", max ").append(r.get("heapMaxMb")).append("), non-heap ")
                .append(r.get("nonHeapUsedMb")).append(" MB, RSS ").append(r.get("rssMb")).append(" MB (load 1 min ").append(load(r))
                .append(")"));
        md.append('\n');
        return md.toString();
    }
}
