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
 * {@code timers} ({@link #prepare}); then every one of those timers is made due at once (one SQL update
 * of the job due dates) and the job executors of the running nodes work them off ({@link #run}).
 * Measured: the time until no job of these cases is due or running any more (every warning, breach and
 * escalation done), and "none twice" by counting: jobs logged successful twice (engine job log), SLA
 * events per case, SLA and level, and escalation tasks per case and step. Which node ran each job comes
 * from the job log's host name (each node is given its own).
 */
final class TimerBurst {

    private final BenchApplication app;
    private final JdbcTemplate jdbc;

    TimerBurst(BenchApplication app) {
        this.app = app;
        this.jdbc = app.context.getBean(JdbcTemplate.class);
    }

    /** The cases of one burst, filed and waiting (their timers are days ahead). */
    record Prepared(int burst, int cases, int timersPerCase, long filedInSeconds) {
    }

    Prepared prepare(int burst, Scenarios source, int timers) throws Exception {
        ComplaintIntake intake = app.context.getBean(ComplaintIntake.class);
        if (burst == 1) {
            jdbc.execute("create table bench_burst (proc_inst_id varchar(64) primary key, burst int not null)");
        }
        long loading = System.nanoTime();
        String first = file(intake, source);
        int perCase = jdbc.queryForObject("select count(*) from ACT_RU_JOB where PROCESS_INSTANCE_ID_ = ? and TYPE_ = 'timer'",
                Integer.class, first);
        int cases = (int) Math.ceil(timers / (double) Math.max(1, perCase));
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
        instances.forEach(id -> ids.add(new Object[] {id, burst}));
        jdbc.batchUpdate("insert into bench_burst (proc_inst_id, burst) values (?, ?)", ids);
        return new Prepared(burst, instances.size(), perCase, Duration.ofNanos(System.nanoTime() - loading).toSeconds());
    }

    Map<String, Object> run(String database, Prepared prepared, int nodes) throws Exception {
        String mine = " and PROCESS_INSTANCE_ID_ in (select proc_inst_id from bench_burst where burst = " + prepared.burst() + ")";
        String mineByProcInst = " in (select proc_inst_id from bench_burst where burst = " + prepared.burst() + ")";
        // the SLA clocks too: a timer that fires before its clock's deadline only logs "not due" and records
        // nothing, so without this the burst would measure empty jobs, not escalations (a day back: any zone)
        Instant clockDue = Instant.now().minus(Duration.ofDays(1));
        int clocks = jdbc.update("update sla_clock set warning_at = ?, due_at = ? where stopped_at is null and case_no in"
                + " (select BUSINESS_KEY_ from ACT_RU_EXECUTION where PARENT_ID_ is null and ID_" + mineByProcInst + ")",
                Timestamp.from(clockDue), Timestamp.from(clockDue.plusSeconds(1)));
        Instant dueAt = Instant.now().minusSeconds(1);
        int madeDue = jdbc.update("update ACT_RU_JOB set DUEDATE_ = ? where TYPE_ = 'timer'" + mine, Timestamp.from(dueAt));
        long started = System.nanoTime();
        // An idle job executor polls less and less often (up to camunda.bpm.job-execution.max-wait); jobs made due
        // by SQL send it no hint. This node is told at once, as a timer created due would tell it; another node
        // finds them at its next poll, which is part of its figure (see jobsFirstRunAfterSeconds).
        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) app.context
                .getBean(org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration()).getJobExecutor().jobWasAdded();
        long deadline = started + Duration.ofMinutes(Long.getLong("bench.timers.minutes", 20)).toNanos();
        int remaining = Integer.MAX_VALUE;
        while (remaining > 0 && System.nanoTime() < deadline) {
            Thread.sleep(250); // polling the job table while the job executors work
            remaining = jdbc.queryForObject("select count(*) from ACT_RU_JOB where RETRIES_ > 0"
                    + " and (LOCK_OWNER_ is not null or DUEDATE_ is null or DUEDATE_ <= ?)" + mine, Integer.class,
                    Timestamp.from(Instant.now()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int failed = jdbc.queryForObject("select count(*) from ACT_RU_JOB where RETRIES_ = 0" + mine, Integer.class);
        int succeeded = jdbc.queryForObject("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2" + mine, Integer.class);
        int twice = jdbc.queryForObject("select count(*) from (select JOB_ID_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2" + mine
                + " group by JOB_ID_ having count(*) > 1) d", Integer.class);
        Map<String, Integer> byHost = new LinkedHashMap<>();
        jdbc.query("select HOSTNAME_, count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2" + mine + " group by HOSTNAME_ order by HOSTNAME_",
                rs -> {
                    byHost.put(rs.getString(1), rs.getInt(2));
                });
        Map<String, Double> firstByHost = new LinkedHashMap<>();
        long dueMillis = dueAt.toEpochMilli();
        jdbc.query("select HOSTNAME_, min(TIMESTAMP_) from ACT_HI_JOB_LOG where JOB_STATE_ = 2" + mine + " group by HOSTNAME_",
                rs -> {
                    firstByHost.put(rs.getString(1), LoadRun.round((rs.getTimestamp(2).getTime() - dueMillis) / 1000.0));
                });
        int timersFired = jdbc.queryForObject("select count(*) from ACT_HI_ACTINST where ACT_TYPE_ like '%imer%'"
                + " and END_TIME_ is not null and PROC_INST_ID_" + mineByProcInst, Integer.class);
        // the domain's record of what fired: one row per case, SLA and level (a unique key), and escalation tasks
        String cases = " (select BUSINESS_KEY_ from ACT_RU_EXECUTION where PARENT_ID_ is null and ID_" + mineByProcInst
                + " union select BUSINESS_KEY_ from ACT_HI_PROCINST where ID_" + mineByProcInst + ")";
        int slaEvents = jdbc.queryForObject("select count(*) from sla_event where case_no in" + cases, Integer.class);
        int slaEventsTwice = jdbc.queryForObject("select count(*) from (select case_no from sla_event where case_no in" + cases
                + " group by case_no, sla_name, level having count(*) > 1) d", Integer.class);
        int escalationTasks = jdbc.queryForObject("select count(*) from ACT_HI_TASKINST where TASK_DEF_KEY_ like '%Escalation'"
                + " and PROC_INST_ID_" + mineByProcInst, Integer.class);
        int escalationTasksTwice = jdbc.queryForObject("select count(*) from (select PROC_INST_ID_ from ACT_HI_TASKINST"
                + " where TASK_DEF_KEY_ like '%Escalation' and PROC_INST_ID_" + mineByProcInst
                + " group by PROC_INST_ID_, TASK_DEF_KEY_ having count(*) > 1) d", Integer.class);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("database", database);
        result.put("scenario", "timer-burst");
        result.put("nodes", nodes);
        result.put("cases", prepared.cases());
        result.put("timersPerCase", prepared.timersPerCase());
        result.put("timersMadeDue", madeDue);
        result.put("slaClocksMadeDue", clocks);
        result.put("timerActivitiesCompleted", timersFired);
        result.put("jobsSucceeded", succeeded);
        result.put("jobsSucceededByNode", byHost);
        result.put("jobsFirstRunAfterSecondsByNode", firstByHost);
        result.put("jobsFailed", failed);
        result.put("jobsSucceededTwice", twice);
        result.put("slaEvents", slaEvents);
        result.put("slaEventsTwice", slaEventsTwice);
        result.put("escalationTasks", escalationTasks);
        result.put("escalationTasksTwice", escalationTasksTwice);
        result.put("jobsStillDue", remaining);
        result.put("secondsUntilAllDone", LoadRun.round(seconds));
        result.put("timersPerSecond", LoadRun.round(madeDue / seconds));
        result.put("casesFiledInSeconds", prepared.filedInSeconds());
        result.put("summary", String.format("%d node(s): %d timers of %d cases made due at once; all due work done in %.1f s (%s), "
                        + "%d timer events completed (a breach that ends its task cancels later ones), %d jobs succeeded %s, "
                        + "first job per node after %s s, %d failed; twice: %d jobs, %d SLA events, %d escalation tasks (%d SLA events, %d escalation tasks in all); "
                        + "%d still due at the end",
                nodes, madeDue, prepared.cases(), seconds, remaining == 0 ? "finished" : "NOT finished", timersFired, succeeded,
                byHost, firstByHost, failed, twice, slaEventsTwice, escalationTasksTwice, slaEvents, escalationTasks, remaining));
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
