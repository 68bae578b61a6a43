package org.parceldesk.workbench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The workbench's task list: open user tasks of the three case processes, sorted by due date, one
 * page at a time, with the case's category and station read in the same query.
 *
 * <p>Visibility follows the engine: a task shows when the user is its assignee or owner, or a
 * candidate (as user or through a group) — exactly the tasks the engine grants them, since the
 * engine grants each task to its candidates, assignee and owner when they are set and
 * TaskAccessGuard withdraws a removed candidate's grant. Supervisors (and admins) also see every
 * task of the processes they supervise: the tasks TaskAccessGuard lets them reassign, of cases the
 * ParcelDesk API lets them read.
 *
 * <p>One SQL statement (not Camunda's TaskQuery): the station and category filters live in the case
 * tables, which the engine's query cannot join. It walks ACT_RU_TASK in due-date order
 * ({@link WorkbenchIndexes} adds the index) and stops after one page plus one row, so a page costs
 * the same with 100 000 open cases as with 100; there is no total count, which would not. Two
 * shapes keep MariaDB on that walk (docs/performance.md, "task list at 100 000"): the process is
 * matched by definition id, read first, not by joining ACT_RE_PROCDEF (the optimizer then started
 * from the definitions and sorted every task); and "a candidate" is a counted, correlated subquery
 * rather than {@code exists}, which MariaDB turns into a semi-join that reads every identity link.
 */
@Service
class WorkbenchTasks {

    /** A correlated count, looked up per task through the identity links' task index (not a semi-join). */
    static final String CANDIDATE = "0 < (select count(*) from ACT_RU_IDENTITYLINK l where l.TASK_ID_ = t.ID_"
            + " and l.TYPE_ = 'candidate' and (l.USER_ID_ = :user or l.GROUP_ID_ in (:groups)))";

    private static final String SELECT = "select t.ID_, t.NAME_, t.TASK_DEF_KEY_, t.PROC_DEF_ID_, e.BUSINESS_KEY_,"
            + " t.PRIORITY_, t.ASSIGNEE_, t.CREATE_TIME_, t.DUE_DATE_,"
            + " c.category as C_CATEGORY, c.station_code as C_STATION,"
            + " cl.reported_loss_type as CL_REPORTED, cl.loss_type as CL_LOSS, cl.station_code as CL_STATION,"
            + " v.violation_type as V_TYPE, v.station_code as V_STATION"
            + " from ACT_RU_TASK t"
            + " join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_"
            + " left join complaint c on t.PROC_DEF_ID_ in (:complaintDefinitions) and c.case_no = e.BUSINESS_KEY_"
            + " left join claim cl on t.PROC_DEF_ID_ in (:claimDefinitions) and cl.case_no = e.BUSINESS_KEY_"
            + " left join violation v on t.PROC_DEF_ID_ in (:violationDefinitions) and v.case_no = e.BUSINESS_KEY_"
            + " where t.PROC_DEF_ID_ in (:definitions) and t.SUSPENSION_STATE_ = 1";

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkbenchProperties properties;
    private final WorkbenchLabels labels;
    private final Clock clock;

    WorkbenchTasks(NamedParameterJdbcTemplate jdbc, WorkbenchProperties properties, WorkbenchLabels labels,
            Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.labels = labels;
        this.clock = clock;
    }

    TaskPage page(Viewer viewer, TaskFilter filter, boolean english) {
        int size = properties.pageSize();
        Instant now = clock.instant();
        Definitions definitions = definitions();
        MapSqlParameterSource params = definitions.parameters();
        StringBuilder sql = new StringBuilder(SELECT);
        visibility(viewer, filter.scope(), definitions, sql, params);
        filters(filter, definitions, now, sql, params);
        sql.append(" order by t.DUE_DATE_, t.ID_ limit :limit offset :offset");
        params.addValue("limit", size + 1);
        params.addValue("offset", (long) filter.page() * size);
        List<WorkTask> rows = jdbc.query(sql.toString(), params, (rs, n) -> row(rs, definitions, now, english));
        boolean hasNext = rows.size() > size;
        return new TaskPage(hasNext ? new ArrayList<>(rows.subList(0, size)) : rows, filter.page(), size, hasNext);
    }

    /** The open tasks of one case that this user may see, oldest due first (for the case page). */
    List<WorkTask> ofCase(Viewer viewer, String caseNo, boolean english) {
        Instant now = clock.instant();
        Definitions definitions = definitions();
        MapSqlParameterSource params = definitions.parameters();
        StringBuilder sql = new StringBuilder(SELECT);
        visibility(viewer, TaskScope.TEAM, definitions, sql, params);
        sql.append(" and e.BUSINESS_KEY_ = :caseNo order by t.DUE_DATE_, t.ID_");
        params.addValue("caseNo", caseNo);
        return jdbc.query(sql.toString(), params, (rs, n) -> row(rs, definitions, now, english));
    }

    /** Whether this user sees this open task in the workbench (the bulk actions act only on those). */
    Optional<WorkTask> visible(Viewer viewer, String taskId) {
        Definitions definitions = definitions();
        MapSqlParameterSource params = definitions.parameters();
        StringBuilder sql = new StringBuilder(SELECT);
        visibility(viewer, TaskScope.TEAM, definitions, sql, params);
        sql.append(" and t.ID_ = :taskId");
        params.addValue("taskId", taskId);
        Instant now = clock.instant();
        return jdbc.query(sql.toString(), params, (rs, n) -> row(rs, definitions, now, false)).stream().findFirst();
    }

    private static void visibility(Viewer viewer, TaskScope scope, Definitions definitions, StringBuilder sql,
            MapSqlParameterSource params) {
        params.addValue("user", viewer.userId());
        // an empty IN list is not SQL; no group is named "-"
        params.addValue("groups", viewer.groups().isEmpty() ? List.of("-") : viewer.groups());
        switch (scope) {
            case MINE -> sql.append(" and t.ASSIGNEE_ = :user");
            case GROUP -> sql.append(" and t.ASSIGNEE_ is null and ").append(CANDIDATE);
            case TEAM -> {
                if (viewer.admin()) {
                    return;
                }
                sql.append(" and (t.ASSIGNEE_ = :user or t.OWNER_ = :user or ").append(CANDIDATE);
                if (!viewer.supervisedProcesses().isEmpty()) {
                    sql.append(" or t.PROC_DEF_ID_ in (:supervised)");
                    params.addValue("supervised", definitions.ofKeys(viewer.supervisedProcesses()));
                }
                sql.append(")");
            }
        }
    }

    private void filters(TaskFilter filter, Definitions definitions, Instant now, StringBuilder sql,
            MapSqlParameterSource params) {
        if (filter.process() != null) {
            sql.append(" and t.PROC_DEF_ID_ in (:process)");
            params.addValue("process", definitions.ofKeys(List.of(filter.process())));
        }
        if (filter.task() != null) {
            sql.append(" and t.TASK_DEF_KEY_ = :task");
            params.addValue("task", filter.task());
        }
        if (filter.station() != null) {
            sql.append(" and (c.station_code = :station or cl.station_code = :station or v.station_code = :station)");
            params.addValue("station", filter.station());
        }
        if ("HIGH".equalsIgnoreCase(filter.priority())) {
            sql.append(" and t.PRIORITY_ > :highAbove");
            params.addValue("highAbove", properties.highPriorityAbove());
        } else if ("NORMAL".equalsIgnoreCase(filter.priority())) {
            sql.append(" and t.PRIORITY_ <= :highAbove");
            params.addValue("highAbove", properties.highPriorityAbove());
        }
        if (filter.overdue()) {
            sql.append(" and t.DUE_DATE_ < :now");
            params.addValue("now", Timestamp.from(now));
        }
    }

    private WorkTask row(ResultSet rs, Definitions definitions, Instant now, boolean english) throws SQLException {
        String processKey = definitions.keyOf(rs.getString("PROC_DEF_ID_"));
        Instant created = instant(rs.getTimestamp("CREATE_TIME_"));
        Instant due = instant(rs.getTimestamp("DUE_DATE_"));
        Instant warn = warnAt(created, due);
        String category;
        String station;
        switch (processKey) {
            case "complaint" -> {
                category = labels.complaintCategory(rs.getString("C_CATEGORY"), english);
                station = rs.getString("C_STATION");
            }
            case "claim-compensation" -> {
                String loss = rs.getString("CL_LOSS");
                category = labels.lossType(loss != null ? loss : rs.getString("CL_REPORTED"), english);
                station = rs.getString("CL_STATION");
            }
            default -> {
                category = labels.violationType(rs.getString("V_TYPE"), english);
                station = rs.getString("V_STATION");
            }
        }
        int priority = rs.getInt("PRIORITY_");
        return new WorkTask(rs.getString("ID_"), rs.getString("NAME_"), rs.getString("TASK_DEF_KEY_"), processKey,
                rs.getString("BUSINESS_KEY_"),
                CaseProcess.ofKey(processKey).map(p -> p.label(english)).orElse(processKey), category, station, priority,
                priority > properties.highPriorityAbove(), rs.getString("ASSIGNEE_"), created, due, warn,
                slaState(now, warn, due));
    }

    /** Every deployed version of the three case processes: a handful of rows, read once per page. */
    private Definitions definitions() {
        Map<String, String> keyById = new HashMap<>();
        jdbc.query("select ID_, KEY_ from ACT_RE_PROCDEF where KEY_ in (:processes)",
                Map.of("processes", Arrays.stream(CaseProcess.values()).map(p -> p.key).toList()),
                (ResultSet rs) -> {
                    keyById.put(rs.getString("ID_"), rs.getString("KEY_"));
                });
        return new Definitions(keyById);
    }

    /** Process definition ids by key; an id list is never empty (an empty IN list is not SQL; no id is "-"). */
    private record Definitions(Map<String, String> keyById) {

        List<String> ofKeys(Collection<String> keys) {
            List<String> ids = keyById.entrySet().stream().filter(e -> keys.contains(e.getValue())).map(Map.Entry::getKey)
                    .toList();
            return ids.isEmpty() ? List.of("-") : ids;
        }

        String keyOf(String definitionId) {
            return keyById.get(definitionId);
        }

        MapSqlParameterSource parameters() {
            return new MapSqlParameterSource()
                    .addValue("definitions", ofKeys(Arrays.stream(CaseProcess.values()).map(p -> p.key).toList()))
                    .addValue("complaintDefinitions", ofKeys(List.of(CaseProcess.COMPLAINT.key)))
                    .addValue("claimDefinitions", ofKeys(List.of(CaseProcess.CLAIM.key)))
                    .addValue("violationDefinitions", ofKeys(List.of(CaseProcess.VIOLATION.key)));
        }
    }

    /** When a task shows as soon due: the share of its time the SLA clocks warn at. */
    private Instant warnAt(Instant created, Instant due) {
        if (created == null || due == null || !due.isAfter(created)) {
            return due;
        }
        long millis = Duration.between(created, due).toMillis();
        return created.plusMillis((long) (millis * properties.warningFraction()));
    }

    static String slaState(Instant now, Instant warn, Instant due) {
        if (due == null) {
            return "none";
        }
        if (!now.isBefore(due)) {
            return "breach";
        }
        return warn != null && !now.isBefore(warn) ? "warn" : "ok";
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
