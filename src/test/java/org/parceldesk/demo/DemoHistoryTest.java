package org.parceldesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.parceldesk.common.ZoneProperties;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo history (off in tests, on in the default run) writes its cases into the real tables and
 * they are what the reports expect. Run inside the test's transaction, which rolls back, so the
 * shared test database never keeps them.
 */
@ParcelDeskTest
class DemoHistoryTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ZoneProperties zone;

    @Test
    @Transactional
    void writesAFewHundredFinishedCasesOverTheLastTwoMonths() {
        new DemoHistory(jdbc, clock, zone).load();

        assertThat(count("select count(*) from shipment where waybill_no like 'PH%'")).isEqualTo(DemoHistory.SHIPMENTS);
        long complaints = count("select count(*) from complaint where received_by = 'demo-history'");
        long claims = count("select count(*) from claim where waybill_no like 'PH%'");
        long violations = count("select count(*) from violation where description = '演示数据'");
        assertThat(complaints + claims + violations).isGreaterThan(300);
        assertThat(claims).isGreaterThan(50);
        assertThat(violations).isEqualTo(DemoHistory.VIOLATIONS);
        // every case is finished: nothing waits for a task that has no process instance
        assertThat(count("select count(*) from complaint where received_by = 'demo-history'"
                + " and status not in ('CLOSED', 'NO_RESPONSE', 'ABANDONED')")).isZero();
        assertThat(count("select count(*) from complaint where received_by = 'demo-history' and open_key is not null")).isZero();
        assertThat(count("select count(*) from claim where waybill_no like 'PH%'"
                + " and status not in ('SETTLED', 'TIME_BARRED', 'ABANDONED', 'UNRESOLVED')")).isZero();
        assertThat(jdbc.queryForList("select case_no from complaint where received_by = 'demo-history'", String.class))
                .allMatch(caseNo -> caseNo.matches("TS\\d{8}9\\d{5}"));
        assertThat(count("select count(*) from claim_payment where claim_case_no like 'LP%' and payment_ref like 'DEMO-%'"))
                .isPositive();
        assertThat(count("select count(*) from courier_ledger_entry where case_no in"
                + " (select case_no from violation where description = '演示数据')")).isEqualTo(DemoHistory.VIOLATIONS);
        // no demo courier reaches the suspension-review threshold through the history
        assertThat(count("select coalesce(max(p), 0) from (select sum(l.points) as p from courier_ledger_entry l"
                + " join violation v on v.case_no = l.case_no where v.description = '演示数据' group by l.courier_no) t")).isLessThan(12);

        // a second start writes nothing more
        new DemoHistory(jdbc, clock, zone).load();
        assertThat(count("select count(*) from shipment where waybill_no like 'PH%'")).isEqualTo(DemoHistory.SHIPMENTS);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
