package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The violation timeline takes the shared timeline entry's shape (decision 0018): a detail
 * ({@code note}) of up to 2 000 characters as the complaint's, a type ({@code kind}) of up to 40.
 * The statements differ between H2 and MySQL/MariaDB, hence Java instead of SQL.
 */
public class V300__violation_event_timeline_entry extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        boolean h2 = product.contains("h2");
        String[] statements = h2
                ? new String[] {"alter table violation_event alter column note varchar(2000) null",
                        "alter table violation_event alter column kind varchar(40) not null"}
                : new String[] {"alter table violation_event modify note varchar(2000) null",
                        "alter table violation_event modify kind varchar(40) not null"};
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
