package org.parceldesk.overload;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;

/** Which failures count as "the database cancelled the statement" (503) and which do not. */
class QueryCancelledTest {

    @Test
    void aStatementPastItsTimeLimitIsCancelled() {
        // Camunda wraps MyBatis, which wraps the driver's timeout (mysql-connector-j: MySQLTimeoutException)
        RuntimeException thrown = new ProcessEngineException("ENGINE-03004 query failed",
                new PersistenceException(new SQLTimeoutException("Statement cancelled due to timeout or client request")));

        assertThat(QueryCancelled.isCause(thrown)).isTrue();
        assertThat(QueryCancelled.isCause(new QueryTimeoutException("JdbcTemplate query timed out"))).isTrue();
    }

    @Test
    void aQueryKilledByAnOperatorIsCancelled() {
        // MariaDB's KILL QUERY arrives as SQLState 70100 (mysql-connector-j: MySQLQueryInterruptedException)
        assertThat(QueryCancelled.isCause(new ProcessEngineException(new PersistenceException(
                new SQLException("Query execution was interrupted", "70100", 1317))))).isTrue();
        assertThat(QueryCancelled.isCause(new RuntimeException(
                new SQLException("Statement was canceled or the session timed out", "57014")))).isTrue();
    }

    @Test
    void aSyntaxErrorOrAConstraintViolationIsNot() {
        assertThat(QueryCancelled.isCause(new ProcessEngineException(new PersistenceException(
                new SQLException("You have an error in your SQL syntax", "42000", 1064))))).isFalse();
        assertThat(QueryCancelled.isCause(new RuntimeException(
                new SQLException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(QueryCancelled.isCause(new IllegalStateException("anything else"))).isFalse();
    }
}
