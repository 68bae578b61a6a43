package parceldesk.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * While Camunda's task query is measured at 100 000 open cases, a statement of it that runs longer
 * than {@code bench.tasklist.query-limit} seconds is cancelled on the MariaDB server ({@code KILL
 * QUERY}): the first run showed these statements still running after 308 s, holding a core each and
 * spoiling every scenario after them. A cancelled query answers 500 and counts as an error of the
 * scenario; how many were cancelled goes into the notes. The statement Camunda sent is captured from the
 * server's process list and its plan ({@code EXPLAIN}) written to target/bench and the notes: what
 * limits the query. On H2 nothing is cancelled or explained.
 */
final class LongQueryKiller implements AutoCloseable {

    /**
     * Camunda's task query as it appears in the process list: any statement on the task table (during this
     * scenario only the task query reads it for long); the watchdog's own statements are not it.
     */
    private static final String TASK_QUERY = " and INFO like '%ACT_RU_TASK%' and INFO not like '%PROCESSLIST%'";

    private final Thread watcher;
    private final AtomicInteger killed = new AtomicInteger();
    private final String database;
    private final String scenario;
    private final int limitSeconds;
    private final List<String> notes;
    private volatile boolean running = true;
    private volatile String seenSql;
    private final JdbcTemplate jdbc;

    private LongQueryKiller(JdbcTemplate jdbc, String database, String scenario, int limitSeconds, List<String> notes) {
        this.jdbc = jdbc;
        this.database = database;
        this.scenario = scenario;
        this.limitSeconds = limitSeconds;
        this.notes = notes;
        this.watcher = new Thread(() -> watch(jdbc), "bench-long-query-killer");
        this.watcher.setDaemon(true);
    }

    /**
     * Watches the task-table statements of {@code scenario}: captures the first one that runs for a
     * second or more (for its plan) and, when {@code limitSeconds} is above 0, cancels those running longer.
     */
    static LongQueryKiller start(JdbcTemplate jdbc, String database, String scenario, int limitSeconds, List<String> notes) {
        LongQueryKiller killer = new LongQueryKiller(jdbc, database, scenario, limitSeconds, notes);
        if ("mariadb".equals(database)) {
            killer.watcher.start();
        }
        return killer;
    }

    private void watch(JdbcTemplate jdbc) {
        while (running) {
            try {
                if (seenSql == null) {
                    // the exact statement Camunda sends, for its query plan in the report
                    jdbc.queryForList("select INFO from information_schema.PROCESSLIST where COMMAND in ('Query', 'Execute') and TIME >= 1"
                            + TASK_QUERY, String.class).stream().findFirst()
                            .ifPresent(sql -> seenSql = sql);
                }
                List<Long> ids = limitSeconds <= 0 ? List.of() : jdbc.queryForList("select ID from information_schema.PROCESSLIST where COMMAND in ('Query', 'Execute')"
                        + " and TIME >= ?" + TASK_QUERY, Long.class, limitSeconds);
                for (Long id : ids) {
                    jdbc.execute("kill query " + id);
                    killed.incrementAndGet();
                }
                Thread.sleep(1000); // a watchdog's period, not a measurement
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                notes.add(database + ": long-query watchdog: " + e.getMessage());
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        watcher.interrupt();
        watcher.join(5000);
        if (seenSql != null) {
            try {
                StringBuilder plan = new StringBuilder();
                jdbc.queryForList("explain " + seenSql).forEach(row -> plan.append(row).append("; "));
                java.nio.file.Path file = java.nio.file.Path.of("target", "bench", scenario + "-plan-" + database + ".txt");
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.writeString(file, seenSql + "\n\n" + plan.toString().replace("; ", "\n"));
                notes.add(database + ": " + scenario + " query plan (" + file + "): " + plan);
            } catch (Exception e) {
                notes.add(database + ": " + scenario + " query plan not read: " + e.getMessage());
            }
        }
        if ("mariadb".equals(database) && limitSeconds > 0) {
            notes.add(database + ": " + scenario + ": " + killed.get() + " statements cancelled by the bench after "
                    + limitSeconds + " s (bench.tasklist.query-limit); each counts as an error");
        }
    }
}
