package org.parceldesk.overload;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import org.springframework.dao.QueryTimeoutException;

/**
 * Recognises a statement the database stopped before it finished, anywhere in a cause chain: it ran
 * past the statement time limit (engine: Camunda's {@code jdbcStatementTimeout}; ParcelDesk's own
 * queries: {@code spring.jdbc.template.query-timeout}) and the driver cancelled it, or an operator
 * cancelled it ({@code KILL QUERY}). Nothing was written by a cancelled query, and the client did
 * nothing wrong — the server could not answer in time: 503, try again (a narrower query, or
 * later), never a 500.
 */
public final class QueryCancelled {

    /** MySQL/MariaDB "query execution was interrupted"; H2's (and PostgreSQL's) "statement was cancelled". */
    private static final String[] CANCELLED_STATES = {"70100", "57014"};

    private QueryCancelled() {
    }

    public static boolean isCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTimeoutException || cause instanceof QueryTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                for (String state : CANCELLED_STATES) {
                    if (state.equals(sql.getSQLState())) {
                        return true;
                    }
                }
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
