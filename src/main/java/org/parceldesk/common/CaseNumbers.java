package org.parceldesk.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues case numbers {@code TS|LP|WG + yyyyMMdd + 6-digit daily sequence}.
 *
 * <p>Runs in the caller's transaction and needs no connection of its own (a request holds one
 * pooled connection, never two). Each prefix draws a value from its own auto-increment table:
 * the database hands values out without a row lock held until commit, so concurrent intakes do
 * not queue behind each other, and never hands a value out twice, across nodes too. The day's
 * number is the value minus the day's base, which the day's first draw records
 * ({@code case_number_day}). A rolled-back case leaves a gap, never a duplicate (decision 0002).
 */
@Service
public class CaseNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final long MAX_PER_DAY = 999_999;
    private static final int MAX_DRAWS = 20;
    /** Attempts to record a day's base while another transaction holds that row uncommitted. */
    private static final int MAX_DAY_STARTS = 3;
    private static final String BASE = "select seq_base from case_number_day where case_prefix = ? and case_day = ?";
    private static final String NEW_DAY = "insert into case_number_day (case_prefix, case_day, seq_base) values (?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneProperties zone;

    CaseNumbers(JdbcTemplate jdbc, Clock clock, ZoneProperties zone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    /** Joins the caller's transaction; called without one, it uses one short transaction. */
    @Transactional
    public String next(CaseType type) {
        String day = LocalDate.now(clock.withZone(zone.zone())).format(DAY);
        long value = nextValue(type, day);
        if (value > MAX_PER_DAY) {
            throw new IllegalStateException("Daily case number range exhausted for " + type.prefix() + day);
        }
        return type.prefix() + day + String.format("%06d", value);
    }

    private long nextValue(CaseType type, String day) {
        for (int attempt = 0; attempt < MAX_DRAWS; attempt++) {
            long drawn = draw(type, day);
            Long base = baseOf(type.prefix(), day);
            if (base == null) {
                base = startDay(type.prefix(), day, drawn - 1);
            }
            if (drawn > base) {
                return drawn - base;
            }
            // drawn before the day's first draw had recorded its base: that value belongs to no one, draw again
        }
        throw new IllegalStateException("Could not allocate a case number for " + type.prefix() + day);
    }

    private long draw(CaseType type, String day) {
        String table = "case_number_draw_" + type.prefix().toLowerCase(Locale.ROOT);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(
                    "insert into " + table + " (case_day) values (?)", Statement.RETURN_GENERATED_KEYS);
            insert.setString(1, day);
            return insert;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }

    private Long baseOf(String prefix, String day) {
        List<Long> bases = jdbc.queryForList(BASE, Long.class, prefix, day);
        return bases.isEmpty() ? null : bases.get(0);
    }

    /**
     * Records the day's base. A concurrent first draw of the same day waits on the primary key until
     * the other transaction ends, and then fails: MariaDB says "duplicate key", H2 "concurrent update"
     * (or a lock timeout when the other transaction outlives it). Whatever the database calls it, the
     * losing insert is undone under a savepoint so that the caller's transaction goes on, and the base
     * the winner recorded is read; while the winner has not committed yet, the insert is tried again.
     */
    private long startDay(String prefix, String day, long base) {
        DataAccessException lastFailure = null;
        for (int attempt = 0; attempt < MAX_DAY_STARTS; attempt++) {
            DataAccessException failure = tryInsertDay(prefix, day, base);
            if (failure == null) {
                return base;
            }
            Long recorded = baseOf(prefix, day);
            if (recorded != null) {
                return recorded;
            }
            lastFailure = failure;
        }
        throw lastFailure;
    }

    /** Inserts the day's base; on failure rolls back to the savepoint and returns why. */
    private DataAccessException tryInsertDay(String prefix, String day, long base) {
        return jdbc.execute((ConnectionCallback<DataAccessException>) connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(NEW_DAY)) {
                insert.setString(1, prefix);
                insert.setString(2, day);
                insert.setLong(3, base);
                insert.executeUpdate();
                release(connection, savepoint);
                return null;
            } catch (SQLException e) {
                connection.rollback(savepoint);
                DataAccessException translated = jdbc.getExceptionTranslator().translate("case number day", NEW_DAY, e);
                return translated != null ? translated : new UncategorizedSQLException("case number day", NEW_DAY, e);
            }
        });
    }

    private static void release(Connection connection, Savepoint savepoint) {
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException | UnsupportedOperationException ignored) {
            // some drivers release savepoints only at the transaction's end
        }
    }
}
