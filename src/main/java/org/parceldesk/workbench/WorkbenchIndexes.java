package org.parceldesk.workbench;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The task list reads open tasks in due-date order; Camunda's schema has no index on
 * ACT_RU_TASK.DUE_DATE_. This adds {@code PD_IDX_TASK_DUE (DUE_DATE_, ID_)} once the engine has
 * created its tables (a Flyway migration may run before it does), unless it exists or
 * {@code parceldesk.workbench.create-due-date-index} is false (then a DBA adds it; docs/workbench.md).
 * Two nodes starting together may both try: the loser's error is logged, not fatal.
 */
@Component
class WorkbenchIndexes {

    static final String INDEX = "PD_IDX_TASK_DUE";
    private static final Logger log = LoggerFactory.getLogger(WorkbenchIndexes.class);

    private final DataSource dataSource;
    private final WorkbenchProperties properties;

    WorkbenchIndexes(DataSource dataSource, WorkbenchProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureDueDateIndex() {
        if (!properties.createDueDateIndex()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (exists(connection.getMetaData())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("create index " + INDEX + " on ACT_RU_TASK (DUE_DATE_, ID_)");
            }
            log.info("Created index {} on ACT_RU_TASK (DUE_DATE_, ID_) for the workbench's task list", INDEX);
        } catch (SQLException e) {
            log.warn("Could not create index {} on ACT_RU_TASK: {} (the task list works, slower; see docs/workbench.md)",
                    INDEX, e.getMessage());
        }
    }

    static boolean exists(DatabaseMetaData meta) throws SQLException {
        for (String table : new String[] {"ACT_RU_TASK", "act_ru_task"}) {
            try (ResultSet indexes = meta.getIndexInfo(null, null, table, false, false)) {
                while (indexes.next()) {
                    if (INDEX.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
