package parceldesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The fast loader of the task-list scenario: one complaint is filed through ParcelDesk's real intake,
 * then its open process instance — execution rows, open tasks, their candidate-group links and
 * authorizations — is copied {@code n} times with JDBC batches (not HTTP, not the engine API). Every
 * id of the template (execution, task, link, authorization ids, the business key) is replaced by a
 * numbered copy wherever it appears, so references stay consistent; task due dates are spread one
 * second apart, so that "sorted by due date" has work to do.
 *
 * <p>The complaint row is copied too (new case number and open key), so that the workbench's query
 * joins real case data. What is not copied: process variables, jobs (timers) and the other domain rows
 * (SLA clocks, events, outbox). The copies are open process instances with open tasks as the task query and the engine's
 * memory see them; nobody completes them during the run.
 */
final class OpenCaseLoader {

    private static final int BATCH = 1000;

    private final DataSource dataSource;

    OpenCaseLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Copies the process instance {@code template} {@code copies} times; returns the rows written. */
    long copy(String processInstanceId, int copies) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Map<String, List<Map<String, Object>>> template = new LinkedHashMap<>();
            template.put("ACT_RU_EXECUTION", rows(connection, "select * from ACT_RU_EXECUTION where PROC_INST_ID_ = ?", processInstanceId));
            template.put("ACT_RU_TASK", rows(connection, "select * from ACT_RU_TASK where PROC_INST_ID_ = ?", processInstanceId));
            template.put("ACT_RU_IDENTITYLINK", rows(connection, "select l.* from ACT_RU_IDENTITYLINK l join ACT_RU_TASK t on t.ID_ = l.TASK_ID_"
                    + " where t.PROC_INST_ID_ = ?", processInstanceId));
            template.put("ACT_RU_AUTHORIZATION", rows(connection, "select a.* from ACT_RU_AUTHORIZATION a join ACT_RU_TASK t on t.ID_ = a.RESOURCE_ID_"
                    + " where t.PROC_INST_ID_ = ?", processInstanceId));
            // the case's own row, so that the workbench's query joins real case data (its id is the database's)
            List<Map<String, Object>> complaint = rows(connection, "select * from complaint where case_no ="
                    + " (select BUSINESS_KEY_ from ACT_RU_EXECUTION where ID_ = ?)", processInstanceId);
            complaint.forEach(row -> row.remove("ID"));
            // every id of the template, wherever it appears, becomes its numbered copy
            java.util.Set<String> ids = new java.util.HashSet<>(); // looked up for every value of every copied row
            template.values().forEach(rows -> rows.forEach(row -> ids.add((String) row.get("ID_"))));
            String caseNo = complaint.isEmpty() ? null : (String) complaint.get(0).get("CASE_NO");
            complaint.forEach(row -> {
                if (row.get("OPEN_KEY") != null) {
                    ids.add((String) row.get("OPEN_KEY")); // unique among open complaints
                }
            });
            template.put("complaint", complaint);
            long written = 0;
            for (Map.Entry<String, List<Map<String, Object>>> table : template.entrySet()) {
                if (table.getValue().isEmpty()) {
                    continue;
                }
                List<String> columns = new ArrayList<>(table.getValue().get(0).keySet());
                String insert = "insert into " + table.getKey() + " (" + String.join(", ", columns) + ") values ("
                        + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
                Map<String, Integer> types = columnTypes(connection, table.getKey());
                try (PreparedStatement statement = connection.prepareStatement(insert)) {
                    int pending = 0;
                    for (int n = 1; n <= copies; n++) {
                        for (Map<String, Object> row : table.getValue()) {
                            for (int c = 0; c < columns.size(); c++) {
                                String column = columns.get(c);
                                Object value = row.get(column);
                                if (value instanceof String text && text.equals(caseNo)) {
                                    // a case number of the same length (the column holds 20): TC + 14 digits, no real one starts so
                                    value = String.format("TC%014d", n);
                                } else if (value instanceof String text && ids.contains(text)) {
                                    value = text + "-" + n;
                                } else if ("DUE_DATE_".equals(column) && value instanceof Timestamp due) {
                                    value = new Timestamp(due.getTime() + n * 1000L);
                                }
                                if (value == null) {
                                    statement.setNull(c + 1, types.getOrDefault(column, Types.VARCHAR));
                                } else {
                                    statement.setObject(c + 1, value);
                                }
                            }
                            statement.addBatch();
                            written++;
                            if (++pending == BATCH) {
                                statement.executeBatch();
                                connection.commit();
                                pending = 0;
                            }
                        }
                    }
                    if (pending > 0) {
                        statement.executeBatch();
                        connection.commit();
                    }
                }
            }
            return written;
        }
    }

    private static List<Map<String, Object>> rows(Connection connection, String sql, String parameter) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c).toUpperCase(java.util.Locale.ROOT), result.getObject(c));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static Map<String, Integer> columnTypes(Connection connection, String table) throws Exception {
        Map<String, Integer> types = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select * from " + table + " where 1 = 0");
                ResultSet result = statement.executeQuery()) {
            ResultSetMetaData meta = result.getMetaData();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                types.put(meta.getColumnLabel(c).toUpperCase(java.util.Locale.ROOT), meta.getColumnType(c));
            }
        }
        return types;
    }
}
