package org.parceldesk.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every write to the outbox, as guarded SQL statements. A state change names the state it expects
 * (and, for a claimed row, the node that holds it) in its WHERE clause, so that the database's row
 * lock decides races: of two nodes claiming the same row, exactly one updates it.
 */
@Component
class OutboxStore {

    static final int MAX_ERROR_LENGTH = 1000;

    private static final String INSERT = """
            insert into notification_outbox
                (dedupe_key, case_no, template, step, recipient, locale, model, status, attempts, next_attempt_at, created_at)
            select ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ? from dual
            where not exists (select 1 from notification_outbox where dedupe_key = ?)""";

    private static final String DUE = """
            select id from notification_outbox
            where (status = 'PENDING' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until < ?)
            order by next_attempt_at, id""";

    private static final String CLAIM = """
            update notification_outbox
            set status = 'SENDING', claimed_by = ?, claimed_until = ?, attempts = attempts + 1
            where id = ? and ((status = 'PENDING' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until < ?))""";

    private static final String SENT = """
            update notification_outbox set status = 'SENT', sent_at = ?, claimed_until = null
            where id = ? and status = 'SENDING' and claimed_by = ?""";

    private static final String RESCHEDULE = """
            update notification_outbox set status = 'PENDING', next_attempt_at = ?, last_error = ?, claimed_until = null
            where id = ? and status = 'SENDING' and claimed_by = ?""";

    private static final String FAIL = """
            update notification_outbox set status = 'FAILED', last_error = ?, claimed_until = null
            where id = ? and status = 'SENDING' and claimed_by = ?""";

    private static final String RETRY = """
            update notification_outbox
            set status = 'PENDING', attempts = 0, next_attempt_at = ?, claimed_by = null, claimed_until = null
            where id = ? and status in ('FAILED', 'PENDING')""";

    private final JdbcTemplate jdbc;
    private final InstantColumns instants;
    private final TransactionTemplate ownTransaction;

    OutboxStore(JdbcTemplate jdbc, InstantColumns instants, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.instants = instants;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Inserts the row in the caller's transaction unless its dedupe key is already there. The
     * NOT EXISTS check handles the usual case; the unique key decides a race between two
     * transactions. Plain JDBC under a savepoint: the losing insert is undone alone, and neither
     * the caller's transaction nor its JPA session is marked rollback-only.
     *
     * @return whether a row was inserted
     */
    boolean insertIfAbsent(NewRow row) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, row.dedupeKey());
                insert.setString(2, row.caseNo());
                insert.setString(3, row.template());
                insert.setString(4, row.step());
                insert.setString(5, row.recipient());
                insert.setString(6, row.locale());
                insert.setString(7, row.model());
                instants.bind(insert, 8, row.createdAt());
                instants.bind(insert, 9, row.createdAt());
                insert.setString(10, row.dedupeKey());
                int inserted = insert.executeUpdate();
                release(connection, savepoint);
                return inserted == 1;
            } catch (SQLException e) {
                connection.rollback(savepoint);
                DataAccessException translated = jdbc.getExceptionTranslator().translate("outbox insert", INSERT, e);
                if (translated instanceof DuplicateKeyException) {
                    return false; // another transaction queued the same message first
                }
                if (translated != null) {
                    throw translated;
                }
                throw e;
            }
        }));
    }

    private static void release(Connection connection, Savepoint savepoint) {
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException | UnsupportedOperationException ignored) {
            // some drivers do not release savepoints explicitly; the transaction's end does
        }
    }

    /** Rows due now: pending ones whose time has come and claims whose holder let them expire. */
    List<Long> dueIds(Instant now, int limit) {
        return jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement(DUE);
            select.setMaxRows(limit);
            instants.bind(select, 1, now);
            instants.bind(select, 2, now);
            return select;
        }, (rs, rowNum) -> rs.getLong(1));
    }

    /** Claims a due row for one node until {@code until}; counts the attempt. False when another node was faster. */
    boolean claim(long id, String node, Instant now, Instant until) {
        return update(CLAIM, statement -> {
            statement.setString(1, node);
            instants.bind(statement, 2, until);
            statement.setLong(3, id);
            instants.bind(statement, 4, now);
            instants.bind(statement, 5, now);
        });
    }

    boolean markSent(long id, String node, Instant sentAt) {
        return update(SENT, statement -> {
            instants.bind(statement, 1, sentAt);
            statement.setLong(2, id);
            statement.setString(3, node);
        });
    }

    boolean reschedule(long id, String node, Instant nextAttempt, String error) {
        return update(RESCHEDULE, statement -> {
            instants.bind(statement, 1, nextAttempt);
            statement.setString(2, truncate(error));
            statement.setLong(3, id);
            statement.setString(4, node);
        });
    }

    boolean markFailed(long id, String node, String error) {
        return update(FAIL, statement -> {
            statement.setString(1, truncate(error));
            statement.setLong(2, id);
            statement.setString(3, node);
        });
    }

    /** An admin's retry: a FAILED (or waiting) row is due again now, with a fresh set of attempts. */
    boolean retry(long id, Instant now) {
        return update(RETRY, statement -> {
            instants.bind(statement, 1, now);
            statement.setLong(2, id);
        });
    }

    private boolean update(String sql, StatementValues values) {
        Integer updated = ownTransaction.execute(status -> jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            values.set(statement);
            return statement;
        }));
        return updated != null && updated == 1;
    }

    static String truncate(String error) {
        if (error == null || error.length() <= MAX_ERROR_LENGTH) {
            return error;
        }
        return error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    @FunctionalInterface
    private interface StatementValues {
        void set(PreparedStatement statement) throws SQLException;
    }

    /** A message to one address, ready to be queued. */
    record NewRow(String dedupeKey, String caseNo, String template, String step, String recipient, String locale,
            String model, Instant createdAt) {
    }
}
