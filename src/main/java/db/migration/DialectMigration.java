package db.migration;

import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A migration whose statements differ between H2 (the embedded default) and MySQL/MariaDB, hence Java
 * instead of SQL. Abstract, so Flyway does not take it for a migration of its own.
 */
abstract class DialectMigration extends BaseJavaMigration {

    /** The statements to run, in order, on H2 ({@code h2}) or on MySQL/MariaDB. */
    abstract List<String> statements(boolean h2);

    @Override
    public final void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : statements(product.contains("h2"))) {
                statement.execute(sql);
            }
        }
    }
}
