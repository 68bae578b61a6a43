package db.migration;

import java.util.List;

/**
 * The violation timeline takes the shared timeline entry's shape (decision 0018): a detail
 * ({@code note}) of up to 2 000 characters as the complaint's, a type ({@code kind}) of up to 40.
 */
public class V300__violation_event_timeline_entry extends DialectMigration {

    @Override
    List<String> statements(boolean h2) {
        return h2
                ? List.of("alter table violation_event alter column note varchar(2000) null",
                        "alter table violation_event alter column kind varchar(40) not null")
                : List.of("alter table violation_event modify note varchar(2000) null",
                        "alter table violation_event modify kind varchar(40) not null");
    }
}
