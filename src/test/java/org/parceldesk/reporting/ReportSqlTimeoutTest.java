package org.parceldesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The reports have a statement limit of their own ({@code parceldesk.reporting.query-timeout}): a report
 * statement running past it is cancelled by the database and surfaces as Spring's
 * {@link QueryTimeoutException}, which the API answers 503 + Retry-After (overload.QueryCancelled).
 */
class ReportSqlTimeoutTest {

    /** Counts to fifty million one row at a time: many seconds on any machine. */
    private static final String SLOW = "with recursive t(n) as (select 1 union all select n + 1 from t where n < 50000000)"
            + " select count(*) from t";

    @Test
    void aReportStatementPastTheReportsLimitIsCancelled() {
        ReportSql sql = new ReportSql(h2("report-timeout"), properties(Duration.ofSeconds(1)));

        assertThat(sql.count("select count(*) from (values (1), (2), (3)) v(x)", new MapSqlParameterSource()))
                .as("a short statement runs").isEqualTo(3);
        assertThatThrownBy(() -> sql.count(SLOW, new MapSqlParameterSource())).isInstanceOf(QueryTimeoutException.class);
    }

    private static JdbcDataSource h2(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    private static ReportingProperties properties(Duration queryTimeout) {
        return new ReportingProperties(null, List.of("inspector"), 10, 366, 2, 200, queryTimeout);
    }
}
