package org.parceldesk.overload;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises "no usable database connection" anywhere in a cause chain (the engine and JPA wrap it):
 * none came from the pool in time, or the one in use was lost because the database went away
 * (mysql-connector-j's communication failures are {@link SQLRecoverableException}s; a closed
 * database is a {@link SQLNonTransientConnectionException}). Both are the server's trouble, not the
 * client's, and the request's transaction is rolled back: 503, try again.
 *
 * <p>When the database goes away mid-request, the statement fails with a communication error, the
 * pool evicts that connection, and the rollback that follows meets the evicted connection: Hibernate's
 * "Unable to rollback against JDBC Connection" caused by HikariCP's "Connection is closed", a plain
 * {@link SQLException} without SQLState, which replaces the first error. A rollback that fails leaves
 * nothing committed, so it is a lost connection too.
 */
final class PoolExhaustion {

    private PoolExhaustion() {
    }

    public static boolean isCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // SQLState class 08 is "connection exception": e.g. the pool's "Connection is closed" when a
            // rollback meets a connection the database dropped
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (isFailedRollback(cause)) {
                return true;
            }
            if (cause instanceof CannotCreateTransactionException && cause.getCause() != null
                    && isCause(cause.getCause())) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    private static boolean isFailedRollback(Throwable cause) {
        return cause instanceof TransactionException && cause.getMessage() != null
                && cause.getMessage().startsWith("Unable to rollback");
    }
}
