package org.parceldesk.overload;

import java.sql.SQLTransientConnectionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Recognises "no database connection in time" anywhere in a cause chain (the engine and JPA wrap it). */
public final class PoolExhaustion {

    private PoolExhaustion() {
    }

    public static boolean isCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof CannotGetJdbcConnectionException) {
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
}
