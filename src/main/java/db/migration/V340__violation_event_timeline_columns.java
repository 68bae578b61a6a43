package db.migration;

import java.util.List;

/**
 * The violation timeline takes the shared timeline entry's column names (decision 0018), as
 * {@code complaint_event} and {@code claim_event} have them: {@code kind} becomes {@code event_type},
 * {@code note} becomes {@code detail}, so that {@code ViolationEvent} maps {@code common.TimelineEntry}
 * without overrides. Rows, types and the index (violation, time) stay as they are ({@code change} works
 * on every MariaDB and MySQL version).
 */
public class V340__violation_event_timeline_columns extends DialectMigration {

    @Override
    List<String> statements(boolean h2) {
        return h2
                ? List.of("alter table violation_event alter column kind rename to event_type",
                        "alter table violation_event alter column note rename to detail")
                : List.of("alter table violation_event change kind event_type varchar(40) not null, "
                        + "change note detail varchar(2000) null");
    }
}
