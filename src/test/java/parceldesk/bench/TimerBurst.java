package parceldesk.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parceldesk.complaint.ComplaintIntake;
import org.parceldesk.complaint.IntakeOutcome;
import org.parceldesk.complaint.NewComplaint;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Timer burst: open complaints are filed in-process through the real intake until their SLA timers
 * (first contact, resolution, internal target — warning and breach each) number at least
 * {@code timers}; then every one of those timers is made due at once (one SQL update of the job due
 * dates) and the node's job executor works them off. Measured: the time until no job of these cases is
 * due or running any more (every warning, breach and escalation done), jobs that failed, and jobs
 * that succeeded twice (from the engine's job log: none may).
 */
final class TimerBurst {

    private final BenchApplication app;
    private final JdbcTemplate jdbc;

    TimerBurst(BenchApplication app) {
        this.app = app;
        this.jdbc = app.context.getBean(JdbcTemplate.class);
    }

    Map<String, Object> run(String database, Scenarios source, int timers) throws Exception {
        ComplaintIntake intake = app.context.getBean(ComplaintIntake.class);
        jdbc.execute("create table bench_burst (proc_inst_id varchar(64) primary key)");
        String first = file(intake, source);
        int perCase = jdbc.queryForObject("select count(*) from ACT_RU_JOB where PROCESS_INSTANCE_ID_ = ? and TYPE_ = 'timer'",
                Integer.class, first);
        int cases = (int) Math.ceil(timers / (double) Math.max(1, perCase));
        long loading = System.nanoTime();
        ExecutorService loaders = Executors.newFixedThreadPool(4);
        List<Future<String>> filed = new ArrayList<>();
        for (int i = 1; i < cases; i++) {
            filed.add(loaders.submit(() -> file(intake, source)));
        }
        java.util.Set<String> instances = new java.util.LinkedHashSet<>();
        instances.add(first);
        for (Future<String> f : filed) {
            instances.add(f.get()); // a duplicate complaint answers with the open case: counted once
        }
        loaders.shutdown();
        List<Object[]> ids = new ArrayList<>();
        instances.forEach(id -> ids.add(new Object[] {id}));
        jdbc.batchUpdate("insert into bench_burst (proc_inst_id) values (?)", ids);
        cases = instances.size();
        long loadSeconds = Duration.ofNanos(System.nanoTime() - loading).toSeconds();

        Instant dueAt = Instant.now().minusSeconds(1);
        int madeDue = jdbc.update("update ACT_RU_JOB set DUEDATE_ = ? where TYPE_ = 'timer'"
                + " and PROCESS_INSTANCE_ID_ in (select proc_inst_id from bench_burst)", Timestamp.from(dueAt));
        long started = System.nanoTime();
        long deadline = started + Duration.ofMinutes(Long.getLong("bench.timers.minutes", 20)).toNanos();
        int remaining = Integer.MAX_VALUE;
        while (remaining > 0 && System.nanoTime() < deadline) {
            Thread.sleep(250); // polling the job table while the job executor works
            remaining = jdbc.queryForObject("select count(*) from ACT_RU_JOB where RETRIES_ > 0"
                    + " and (LOCK_OWNER_ is not null or DUEDATE_ is null or DUEDATE_ <= ?)"
                    + " and PROCESS_INSTANCE_ID_ in (select proc_inst_id from bench_burst)", Integer.class,
                    Timestamp.from(Instant.now()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int failed = jdbc.queryForObject("select count(*) from ACT_RU_JOB where RETRIES_ = 0"
                + " and PROCESS_INSTANCE_ID_ in (select proc_inst_id from bench_burst)", Integer.class);
        int succeeded = jdbc.queryForObject("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2"
                + " and PROCESS_INSTANCE_ID_ in (select proc_inst_id from bench_burst)", Integer.class);
        int twice = jdbc.queryForObject("select count(*) from (select JOB_ID_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2"
                + " and PROCESS_INSTANCE_ID_ in (select proc_inst_id from bench_burst) group by JOB_ID_ having count(*) > 1) d",
                Integer.class);
        int timersFired = jdbc.queryForObject("select count(*) from ACT_HI_ACTINST where ACT_TYPE_ like '%imer%'"
                + " and END_TIME_ is not null and PROC_INST_ID_ in (select proc_inst_id from bench_burst)", Integer.class);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("database", database);
        result.put("scenario", "timer-burst");
        result.put("nodes", 1);
        result.put("cases", cases);
        result.put("timersPerCase", perCase);
        result.put("timersMadeDue", madeDue);
        result.put("timerActivitiesCompleted", timersFired);
        result.put("jobsSucceeded", succeeded);
        result.put("jobsFailed", failed);
        result.put("jobsSucceededTwice", twice);
        result.put("jobsStillDue", remaining);
        result.put("secondsUntilAllDone", LoadRun.round(seconds));
        result.put("casesFiledInSeconds", loadSeconds);
        result.put("summary", String.format("%d timers of %d cases made due at once; all due work done in %.1f s (%s), "
                        + "%d timer events completed (a breach that ends its task cancels later ones), %d jobs succeeded, "
                        + "%d failed, %d twice, %d still due at the end",
                madeDue, cases, seconds, remaining == 0 ? "finished" : "NOT finished", timersFired, succeeded, failed, twice,
                remaining));
        return result;
    }

    /** Files one complaint; returns its process instance id. */
    private String file(ComplaintIntake intake, Scenarios source) {
        Map<String, Object> c = source.newComplaint();
        IntakeOutcome outcome = intake.file(new NewComplaint((String) c.get("waybillNo"), "PHONE", (String) c.get("category"),
                (String) c.get("customerName"), (String) c.get("customerPhone"), null, (String) c.get("description")), null,
                "bench-loader");
        return jdbc.queryForObject("select ID_ from ACT_RU_EXECUTION where BUSINESS_KEY_ = ? and PARENT_ID_ is null"
                + " and PROC_DEF_ID_ like 'complaint:%'", String.class, outcome.receipt().caseNo());
    }
}
