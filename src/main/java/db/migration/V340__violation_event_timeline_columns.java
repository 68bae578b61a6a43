package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The violation timeline takes the shared timeline entry's column names (decision 0018), as
 * {@code complaint_event} and {@code claim_event} have them: {@code kind} becomes {@code event_type},
 * {@code note} becomes {@code detail}, so that {@code ViolationEvent} maps {@code common.TimelineEntry}
 * without overrides. Rows, types and the index (violation, time) stay as they are. The statements
 * differ between H2 and MySQL/MariaDB ({@code change} works on every MariaDB and MySQL version), hence
 * Java instead of SQL.
 */
public class V340__violation_event_timeline_columns extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        boolean h2 = product.contains("h2");
        String[] statements = h2
                ? new String[] {"alter table violation_event alter column kind rename to event_type",
                        "alter table violation_event alter column note rename to detail"}
                : new String[] {"alter table violation_event change kind event_type varchar(40) not null, "
                        + "change note detail varchar(2000) null"};
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
