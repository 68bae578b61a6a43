package db.migration;

import java.util.List;

/**
 * A complaint by e-mail may come without a phone number: {@code complaint.customer_phone} becomes
 * nullable.
 */
public class V222__complaint_phone_optional extends DialectMigration {

    @Override
    List<String> statements(boolean h2) {
        return h2
                ? List.of("alter table complaint alter column customer_phone varchar(20) null")
                : List.of("alter table complaint modify customer_phone varchar(20) null");
    }
}
