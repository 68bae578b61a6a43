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

    private static final String EXISTS = "select count(*) from notification_outbox where dedupe_key = ?";
    private static final String CASE_LOCK_CREATE = "insert into notification_case_lock (case_no) values (?)";
    private static final String CASE_LOCK = "select case_no from notification_case_lock where case_no = ? for update";
    private static final String CASE_LOCK_UPSERT =
            "insert into notification_case_lock (case_no) values (?) on duplicate key update case_no = case_no";

    /*
     * A plain INSERT ... VALUES, not INSERT ... SELECT ... WHERE NOT EXISTS: on InnoDB the latter
     * is a "bulk" insert that takes the table's AUTO-INC lock for the statement while its locking
     * read waits for a concurrent transaction's row, and concurrent steps then block each other.
     */
    private static final String INSERT = """
            insert into notification_outbox
                (dedupe_key, case_no, template, step, recipient, locale, model, status, attempts, next_attempt_at, created_at,
                 channel)
            values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)""";

    private static final String DUE = """
            select id from notification_outbox
            where channel = ? and ((status = 'PENDING' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until < ?))
            order by next_attempt_at, id""";

    private static final String CLAIM = """
            update notification_outbox
            set status = 'SENDING', claimed_by = ?, claimed_until = ?, attempts = attempts + 1
            where id = ? and ((status = 'PENDING' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until < ?))""";

    private static final String SENT = """
            update notification_outbox set status = 'SENT', sent_at = ?, claimed_until = null, segments = ?
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

    private static final String HOLDS = """
            select count(*) from notification_outbox
            where id = ? and status = 'SENDING' and claimed_by = ? and claimed_until > ?""";

    private static final String RETRY_ALL_FAILED = """
            update notification_outbox
            set status = 'PENDING', attempts = 0, next_attempt_at = ?, claimed_by = null, claimed_until = null
            where status = 'FAILED'""";

    private static final String BACKLOG = """
            select status, count(*), min(created_at) from notification_outbox
            where status in ('PENDING', 'SENDING', 'FAILED') group by status""";

    private final JdbcTemplate jdbc;
    private final InstantColumns instants;
    private final TransactionTemplate ownTransaction;
    private volatile Boolean mysqlFamily;

    OutboxStore(JdbcTemplate jdbc, InstantColumns instants, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.instants = instants;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Locks the case's anchor row until the caller's transaction ends, creating the anchor first if
     * the case has none, all in the caller's transaction: a request holds one pooled connection,
     * never a second one for a short transaction of its own. Two transactions queueing for the
     * same case thus take turns: the second sees what the first committed and never races it on
     * the unique dedupe key. InnoDB answers such a race between three transactions, or between
     * two that both insert more rows, with a deadlock that rolls the whole caller back.
     */
    void lockCase(String caseNo) {
        if (!jdbc.queryForList(CASE_LOCK, String.class, caseNo).isEmpty()) {
            return; // the usual case: the anchor exists and is now locked
        }
        if (mysqlFamily()) {
            // creates the anchor or, when a concurrent transaction created it first, waits for and
            // takes its exclusive lock directly (a plain INSERT would take a shared lock on the
            // duplicate, and two such waiters deadlock when both upgrade to FOR UPDATE)
            jdbc.update(CASE_LOCK_UPSERT, caseNo);
            return;
        }
        if (!insertUnderSavepoint(CASE_LOCK_CREATE, caseNo)) {
            jdbc.queryForList(CASE_LOCK, String.class, caseNo); // created meanwhile: lock it
        }
    }

    /** MySQL and MariaDB (one dialect here); anything else is treated as H2. */
    private boolean mysqlFamily() {
        Boolean known = mysqlFamily;
        if (known == null) {
            String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            known = product != null && (product.toLowerCase(java.util.Locale.ROOT).contains("mysql")
                    || product.toLowerCase(java.util.Locale.ROOT).contains("mariadb"));
            mysqlFamily = known;
        }
        return known;
    }

    /** A one-value insert; a duplicate key is undone under a savepoint and answered with false. */
    private boolean insertUnderSavepoint(String sql, String value) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setString(1, value);
                insert.executeUpdate();
                release(connection, savepoint);
                return true;
            } catch (SQLException e) {
                boolean undone = undo(connection, savepoint, e);
                DataAccessException translated = jdbc.getExceptionTranslator().translate("outbox case anchor", sql, e);
                if (undone && translated instanceof DuplicateKeyException) {
                    return false;
                }
                if (translated != null) {
                    throw translated;
                }
                throw e;
            }
        }));
    }

    /**
     * Inserts the row in the caller's transaction unless its dedupe key is already there (call
     * {@link #lockCase} first). The unique key stays the final guard: should a duplicate reach
     * it, the insert runs as plain JDBC under a savepoint, so the losing insert is undone alone and
     * neither the caller's transaction nor its JPA session is marked rollback-only.
     *
     * @return whether a row was inserted
     */
    boolean insertIfAbsent(NewRow row) {
        Long existing = jdbc.queryForObject(EXISTS, Long.class, row.dedupeKey());
        if (existing != null && existing > 0) {
            return false;
        }
        return insertUnderUniqueKey(row);
    }

    /** The insert alone: a duplicate key is undone under a savepoint and answered with false. */
    boolean insertUnderUniqueKey(NewRow row) {
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
                insert.setString(10, row.channel().name());
                int inserted = insert.executeUpdate();
                release(connection, savepoint);
                return inserted == 1;
            } catch (SQLException e) {
                boolean undone = undo(connection, savepoint, e);
                DataAccessException translated = jdbc.getExceptionTranslator().translate("outbox insert", INSERT, e);
                if (undone && translated instanceof DuplicateKeyException) {
                    return false; // another transaction queued the same message first
                }
                if (translated != null) {
                    throw translated;
                }
                throw e;
            }
        }));
    }

    /** Rolls back to the savepoint; false when the database had already ended the transaction (e.g. a deadlock). */
    private static boolean undo(Connection connection, Savepoint savepoint, SQLException cause) {
        try {
            connection.rollback(savepoint);
            return true;
        } catch (SQLException rollbackFailed) {
            cause.addSuppressed(rollbackFailed);
            return false;
        }
    }

    private static void release(Connection connection, Savepoint savepoint) {
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException | UnsupportedOperationException ignored) {
            // some drivers do not release savepoints explicitly; the transaction's end does
        }
    }

    /** Rows of one channel due now: pending ones whose time has come and claims whose holder let them expire. */
    List<Long> dueIds(OutboxChannel channel, Instant now, int limit) {
        return jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement(DUE);
            select.setMaxRows(limit);
            select.setString(1, channel.name());
            instants.bind(select, 2, now);
            instants.bind(select, 3, now);
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
        return markSent(id, node, sentAt, null);
    }

    /** @param segments SMS segments billed for the message; null for e-mail */
    boolean markSent(long id, String node, Instant sentAt, Integer segments) {
        return update(SENT, statement -> {
            instants.bind(statement, 1, sentAt);
            if (segments == null) {
                statement.setNull(2, java.sql.Types.INTEGER);
            } else {
                statement.setInt(2, segments);
            }
            statement.setLong(3, id);
            statement.setString(4, node);
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

    /**
     * Whether the node still holds its claim on the row: checked right before a message goes to SMTP,
     * so that a node whose claim expired (it stalled) never sends what another node has taken over.
     */
    boolean holds(long id, String node, Instant now) {
        Long held = jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement(HOLDS);
            select.setLong(1, id);
            select.setString(2, node);
            instants.bind(select, 3, now);
            return select;
        }, rs -> rs.next() ? rs.getLong(1) : 0L);
        return held != null && held == 1;
    }

    /** An admin's bulk retry after an outage: every FAILED row (optionally of one case) is due again now. */
    int retryAllFailed(String caseNo, Instant now) {
        String sql = caseNo == null ? RETRY_ALL_FAILED : RETRY_ALL_FAILED + " and case_no = ?";
        Integer updated = ownTransaction.execute(status -> jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            instants.bind(statement, 1, now);
            if (caseNo != null) {
                statement.setString(2, caseNo);
            }
            return statement;
        }));
        return updated == null ? 0 : updated;
    }

    /** Rows waiting, being sent and given up, with the oldest creation time of each. */
    Backlog backlog() {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        java.util.Map<String, Instant> oldest = new java.util.HashMap<>();
        jdbc.query(BACKLOG, rs -> {
            String status = rs.getString(1);
            counts.put(status, rs.getLong(2));
            Instant first = instants.read(rs, 3);
            if (first != null) {
                oldest.put(status, first);
            }
        });
        Instant oldestWaiting = java.util.stream.Stream.of(oldest.get("PENDING"), oldest.get("SENDING"))
                .filter(java.util.Objects::nonNull).min(Instant::compareTo).orElse(null);
        return new Backlog(counts.getOrDefault("PENDING", 0L), counts.getOrDefault("SENDING", 0L),
                counts.getOrDefault("FAILED", 0L), oldestWaiting);
    }

    /** The outbox's unsent rows; {@code oldestWaitingSince} is the creation time of the oldest PENDING or SENDING row. */
    record Backlog(long pending, long sending, long failed, Instant oldestWaitingSince) {

        long waiting() {
            return pending + sending;
        }
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

    /** A message to one address (an e-mail address, or a mobile number for SMS), ready to be queued. */
    record NewRow(String dedupeKey, String caseNo, String template, String step, String recipient, String locale,
            String model, Instant createdAt, OutboxChannel channel) {

        NewRow(String dedupeKey, String caseNo, String template, String step, String recipient, String locale,
                String model, Instant createdAt) {
            this(dedupeKey, caseNo, template, step, recipient, locale, model, createdAt, OutboxChannel.EMAIL);
        }
    }
}
