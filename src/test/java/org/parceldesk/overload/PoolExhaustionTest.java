package org.parceldesk.overload;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

/** Which failures count as "no usable database connection" (503) and which do not. */
class PoolExhaustionTest {

    @Test
    void aRollbackThatMeetsTheConnectionThePoolEvictedIsALostConnection() {
        // the chain DatabaseOutageIT met: HikariCP's closed proxy has no SQLState
        RuntimeException thrown = new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

        assertThat(PoolExhaustion.isCause(thrown)).isTrue();
    }

    @Test
    void noConnectionInTimeAndConnectionStatesAreLostConnections() {
        assertThat(PoolExhaustion.isCause(new RuntimeException(
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(PoolExhaustion.isCause(new RuntimeException(
                new SQLException("Communications link failure", "08S01")))).isTrue();
    }

    @Test
    void aConstraintViolationOrAnotherTransactionProblemIsNot() {
        assertThat(PoolExhaustion.isCause(new DataIntegrityViolationException("duplicate",
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))).isFalse();
        assertThat(PoolExhaustion.isCause(new JpaSystemException(
                new TransactionException("Transaction already active")))).isFalse();
        assertThat(PoolExhaustion.isCause(new IllegalStateException("anything else"))).isFalse();
    }
}
