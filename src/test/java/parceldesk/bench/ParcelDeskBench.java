package parceldesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
    private BenchNode secondNode;

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
          try {
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
            warmUp(database, load, scenarios);
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
                guarded(database, "claim lifecycle", () -> compare(database, "claim-lifecycle", settings.lifecycleClients(), load,
                        scenarios::claimLifecycle, scenarios::baselineClaimLifecycle));
            }
            if (settings.runs("pool")) {
                guarded(database, "pool sizes", () -> comparePoolSizes(database, app, load, scenarios));
            }
            TimerBurst burst = new TimerBurst(app);
            if (settings.runs("timers")) {
                guarded(database, "timer burst on one node", () -> {
                    System.out.printf("bench: %s timer burst of %d on one node (load average %s)%n", database, settings.timers(),
                            Machine.loadAverage());
                    TimerBurst.Prepared prepared = burst.prepare(1, scenarios, settings.timers());
                    dumpThreads(database, "timer-burst-1-node", Duration.ofSeconds(3));
                    results.add(burst.run(database, prepared, 1));
                });
            }
            if (settings.runs("timers2")) {
                guarded(database, "timer burst on two nodes", () -> {
                    if (!"mariadb".equals(database)) {
                        notes.add(database + ": timer burst on two nodes not run: two JVMs need a database server (MariaDB)");
                        return;
                    }
                    System.out.printf("bench: %s timer burst of %d on two nodes (load average %s)%n", database, settings.timers(),
                            Machine.loadAverage());
                    BenchNode node = startSecondNode(app); // starts while the burst's cases are filed
                    TimerBurst.Prepared prepared = burst.prepare(2, scenarios, settings.timers());
                    long waiting = System.nanoTime();
                    node.awaitHealthy();
                    notes.add(database + ": second node (pid " + node.pid() + ", log " + node.log + ") healthy "
                            + Duration.ofNanos(System.nanoTime() - waiting).toSeconds() + " s after the burst's cases were filed");
                    dumpThreads(database, "timer-burst-2-nodes (node 1 only)", Duration.ofSeconds(3));
                    results.add(burst.run(database, prepared, 2));
                });
            }
            if (settings.runs("tasklist")) {
                guarded(database, "task list", () -> {
                    System.out.printf("bench: %s task list (load average %s)%n", database, Machine.loadAverage());
                    preloadOpenCases(app, database, scenarios);
                    holdForInspection(jdbc, database);
                });
                guarded(database, "workbench task list", () -> {
                    HttpClient session = scenarios.workbenchSession(app.url(""), "complaint-handler");
                    List<LoadRun> runs = new ArrayList<>();
                    dumpThreads(database, "tasklist-workbench", settings.warmup().plus(settings.measure().dividedBy(3)));
                    // no statement is cancelled here (a page that is not served is the figure); the slow one's plan is kept
                    try (LongQueryKiller watcher = LongQueryKiller.start(jdbc, database, "tasklist-workbench", 0, notes)) {
                        for (int run = 0; run < settings.runs(); run++) {
                            runs.add(load.run(4, settings.warmup(), settings.measure(), client -> scenarios.workbenchPage(session, app.url(""))));
                        }
                    }
                    results.add(BenchReport.summary(database, "tasklist-workbench", 4, runs, null));
                });
                guarded(database, "Camunda task query", () -> {
                    List<LoadRun> runs = new ArrayList<>();
                    dumpThreads(database, "tasklist-camunda", settings.warmup().plus(settings.measure().dividedBy(3)));
                    try (LongQueryKiller killer = LongQueryKiller.start(jdbc, database, "tasklist-camunda", settings.queryLimit(), notes)) {
                        for (int run = 0; run < settings.runs(); run++) {
                            runs.add(load.run(4, settings.warmup(), settings.measure(), scenarios::taskListPage));
                        }
                    }
                    results.add(BenchReport.summary(database, "tasklist-camunda", 4, runs, null));
                });
            }
            if (settings.runs("memory")) {
                guarded(database, "memory", () -> memory(app, database, scenarios));
            }
          } finally {
            if (secondNode != null) {
                secondNode.close();
                secondNode = null;
            }
          }
        }
    }

    /**
     * A freshly started JVM interprets before it compiles: whichever scenario ran first paid for that
     * (the first runs showed ParcelDesk's intake at 0 cases/s while the baseline after it did not). Every
     * conversation (and the workbench page) runs for {@code bench.jvm-warmup} seconds (4 clients) before anything is measured;
     * these answers are not counted.
     */
    private void warmUp(String database, LoadGenerator load, Scenarios scenarios) throws Exception {
        Duration each = Duration.ofSeconds(Long.getLong("bench.jvm-warmup", 5));
        if (each.isZero()) {
            return;
        }
        long started = System.nanoTime();
        List<LoadGenerator.Operation> operations = List.of(scenarios::intake, scenarios::baselineStart,
                scenarios::complaintLifecycle, scenarios::baselineLifecycle, scenarios::claimLifecycle,
                scenarios::baselineClaimLifecycle);
        for (LoadGenerator.Operation operation : operations) {
            load.run(4, Duration.ZERO, each, operation);
        }
        // the workbench page too: its first requests initialise Thymeleaf and load classes for seconds
        HttpClient session = scenarios.workbenchSession(load.baseUrl(), "complaint-handler");
        load.run(4, Duration.ZERO, each, client -> scenarios.workbenchPage(session, load.baseUrl()));
        notes.add(database + ": JVM warm-up (not counted): every conversation for " + each.toSeconds() + " s at 4 clients, "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s in all");
    }

    /** Five thread dumps of this JVM's request and job-executor threads, one second apart, into the notes and a file. */
    private void dumpThreads(String database, String scenario, Duration after) {
        Path dump = Path.of("target", "bench", "threads-" + database + "-" + scenario.replaceAll("[^A-Za-z0-9-]+", "_") + ".txt");
        ThreadSampler.during(after, 5, Duration.ofSeconds(1), dump,
                summary -> notes.add(database + ": thread dumps during " + scenario + " (" + dump + "): " + summary));
    }

    /**
     * Tuning, before/after in one run: intake at {@code bench.dump.clients} clients with each pool size of
     * {@code bench.tune.pool-sizes}, alternating run by run. Hikari's maximum pool size is changed at run
     * time (its MXBean); everything else stays as configured.
     */
    private void comparePoolSizes(String database, BenchApplication app, LoadGenerator load, Scenarios scenarios) throws Exception {
        com.zaxxer.hikari.HikariConfigMXBean pool = app.context.getBeansOfType(com.zaxxer.hikari.HikariDataSource.class).values()
                .iterator().next().getHikariConfigMXBean();
        int configured = pool.getMaximumPoolSize();
        int clients = settings.dumpClients();
        Map<Integer, List<LoadRun>> bySize = new LinkedHashMap<>();
        try {
            for (int run = 0; run < settings.runs(); run++) {
                for (int size : settings.poolSizes()) {
                    pool.setMaximumPoolSize(size);
                    System.out.printf("bench: %s intake at %d clients, pool %d (load average %s)%n", database, clients, size,
                            Machine.loadAverage());
                    bySize.computeIfAbsent(size, s -> new ArrayList<>())
                            .add(load.run(clients, settings.warmup(), settings.measure(), scenarios::intake));
                }
            }
        } finally {
            pool.setMaximumPoolSize(configured);
        }
        bySize.forEach((size, runs) -> results.add(BenchReport.summary(database, "intake-pool-" + size, clients, runs, null)));
    }

    /** The second ParcelDesk JVM on this run's database (started once; it stays up for the memory figures). */
    private BenchNode startSecondNode(BenchApplication app) throws java.io.IOException {
        if (secondNode == null) {
            Map<String, String> overrides = new LinkedHashMap<>(settings.appProperties());
            overrides.put(BenchApplication.HOSTNAME, "bench-node-2");
            secondNode = BenchNode.start("node-2", app.properties, overrides);
        }
        return secondNode;
    }

    /** One scenario's failure is recorded and the others still run. */
    private void guarded(String database, String scenario, Step step) throws java.io.IOException {
        String loadAtStart = Machine.loadAverage();
        int before = results.size();
        try {
            step.run();
        } catch (Exception e) {
            notes.add(database + ": " + scenario + " aborted: " + e);
            e.printStackTrace();
        }
        // every row says how busy the machine was while it was measured (other builds skew every figure)
        String loadAtEnd = Machine.loadAverage();
        for (Map<String, Object> row : results.subList(before, results.size())) {
            row.putIfAbsent("loadAverageAtStart", loadAtStart);
            row.put("loadAverageAtEnd", loadAtEnd);
        }
        write();
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
    }

    /**
     * With {@code -Dbench.hold=<file>}: after the open cases are loaded, the run waits until that file
     * exists, so that a developer can read query plans and try indexes on the loaded database (the
     * database's port is printed). Not for measured runs.
     */
    private static void holdForInspection(org.springframework.jdbc.core.JdbcTemplate jdbc, String database) {
        String release = System.getProperty("bench.hold");
        if (release == null || release.isBlank()) {
            return;
        }
        Object port = "mariadb".equals(database) ? jdbc.queryForObject("select @@port", Integer.class) : "-";
        System.out.printf("bench: %s loaded; holding until %s exists (database port %s)%n", database, release, port);
        while (!java.nio.file.Files.exists(java.nio.file.Path.of(release))) {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
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
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s; copies have their complaint row but no variables, jobs or other domain rows)");
        write();
    }

    /**
     * Heap after a full GC and RSS with the open cases of this run (100 000 after the task-list preload):
     * of this JVM (ParcelDesk and the load generator, whose clients are idle by now) and of the second
     * node, a JVM that runs ParcelDesk only, after it has served the workbench's task list a few times.
     */
    private void memory(BenchApplication app, String database, Scenarios scenarios) throws Exception {
        RuntimeService runtime = app.context.getBean(RuntimeService.class);
        long open = runtime.createProcessInstanceQuery().active().count();
        results.add(memoryRow(database, "node 1: ParcelDesk + load generator (one JVM)", open, JvmMemory.ofThisJvm()));
        if (!"mariadb".equals(database)) {
            notes.add(database + ": memory of a ParcelDesk-only JVM not measured: a second JVM needs a database server (MariaDB)");
            return;
        }
        BenchNode node = startSecondNode(app).awaitHealthy();
        HttpClient session = scenarios.workbenchSession(node.url(""), "complaint-handler");
        int pages = 0;
        for (int i = 0; i < 20; i++) {
            pages += scenarios.workbenchPage(session, node.url("")) == 200 ? 1 : 0;
        }
        Map<String, Object> row = memoryRow(database, "node 2: ParcelDesk only (own JVM, " + pages
                + " of 20 workbench pages served before)", open, JvmMemory.ofProcess(node.pid()));
        results.add(row);
    }

    private static Map<String, Object> memoryRow(String database, String jvm, long open, Map<String, Object> figures) {
        Map<String, Object> memory = new LinkedHashMap<>();
        memory.put("database", database);
        memory.put("scenario", "memory");
        memory.put("jvm", jvm);
        memory.put("openProcessInstances", open);
        memory.putAll(figures);
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
