package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A complaint by e-mail may come without a phone number: {@code complaint.customer_phone} becomes
 * nullable. The statement differs between H2 and MySQL/MariaDB, hence Java instead of SQL.
 */
public class V222__complaint_phone_optional extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        String sql = product.contains("h2")
                ? "alter table complaint alter column customer_phone varchar(20) null"
                : "alter table complaint modify customer_phone varchar(20) null";
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(sql);
        }
    }
}
