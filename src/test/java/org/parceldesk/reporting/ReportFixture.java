package org.parceldesk.reporting;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cases with known counts, sums and boundaries for the report tests, written straight into the
 * tables the reports read. Everything lies in 2030 (week 2030-W10 = Mon 2030-03-04 .. Sun
 * 2030-03-10, month 2030-03, both in Beijing time) and at stations R901/R902 that no other test
 * uses, so the shared test database's other cases never count. Expected values are worked out in
 * {@code ReportApiTest} next to each assertion.
 */
final class ReportFixture {

    static final String STATIONS = "R901,R902";
    static final String MANAGER = "report-station-manager";

    private final JdbcTemplate jdbc;

    ReportFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Beijing local time → the UTC wall-clock value stored in datetime columns. */
    static LocalDateTime bj(String local) {
        return LocalDateTime.parse(local).minusHours(8);
    }

    void insert() {
        delete();
        jdbc.update("insert into station (code, name, city, manager_user_id, handler_group, franchise) values"
                + " ('R901', '测试甲网点', '测试城A', ?, 'complaint-handler', false),"
                + " ('R902', '测试乙网点', '测试城B', null, 'complaint-handler', true)", MANAGER);
        courier("R9C1", "测试甲", "R901");
        courier("R9C2", "测试乙", "R901");
        courier("R9C3", "测试丙", "R902");

        shipment("RW0001", "DOMESTIC", "R901", "R901", "2030-03-01T10:00", "2030-03-03T10:00", "2030-03-03T09:00", "10.00", false);
        shipment("RW0002", "SAME_CITY", "R902", "R901", "2030-03-02T10:00", "2030-03-04T10:00", "2030-03-05T10:00", "12.00", false);
        shipment("RW0003", "DOMESTIC", "R902", "R901", "2030-03-10T10:00", "2030-03-12T10:00", null, "15.00", false);
        shipment("RW0004", "INTERNATIONAL", "R901", "R902", "2030-03-31T23:59:59", "2030-04-02T10:00", "2030-04-01T10:00", "50.00", true);
        shipment("RW0005", "DOMESTIC", "R901", "R902", "2030-04-01T00:00", "2030-04-03T00:00", null, "10.00", false);
        shipment("RW0006", "DOMESTIC", "R901", "R901", "2030-02-20T10:00", "2030-02-22T10:00", "2030-02-22T09:00", "10.00", false);

        // complaints: received, contacted, closed (Beijing), flags
        long c1 = complaint("TS20300304990001", "CLOSED", "PHONE", "DELAY", "RW0001", "R901", "R9C1",
                "2030-03-04T09:00", "2030-03-04T11:00", "2030-03-06T09:00", false, false, false, 5, "COURIER");
        complaint("TS20300305990002", "CLOSED", "WEB", "LOSS", "RW0002", "R901", "R9C1",
                "2030-03-05T10:00", "2030-03-06T12:00", "2030-03-13T10:00", true, false, false, null, null);
        // Sunday 23:59 Beijing: still week 10
        complaint("TS20300310990003", "RECEIVED", "REGULATOR", "DELAY", "RW0003", "R901", "R9C2",
                "2030-03-10T23:59", null, null, false, false, false, null, null);
        // Monday 00:00 Beijing: week 11
        complaint("TS20300311990004", "IN_PROGRESS", "PHONE", "PICKUP", "RW0005", "R901", null,
                "2030-03-11T00:00", "2030-03-11T02:00", null, false, false, false, null, null);
        long c5 = complaint("TS20300228990005", "CLOSED", "API", "ATTITUDE", "RW0006", "R901", null,
                "2030-02-28T12:00", "2030-02-28T13:00", "2030-03-08T12:00", false, true, true, 1, null);
        complaint("TS20300306990006", "CLOSED", "EMAIL", "DAMAGE", "RW0004", "R902", "R9C3",
                "2030-03-06T08:00", "2030-03-06T09:00", "2030-03-06T20:00", false, false, false, 2, "STATION");
        complaint("TS20300225990007", "CLOSED", "PHONE", "OTHER", "RW0006", "R901", null,
                "2030-02-25T10:00", "2030-02-25T11:00", "2030-02-27T10:00", false, false, false, null, null);
        event(c5, "REOPENED", "2030-03-07T10:00");
        event(c1, "CLOSED", "2030-03-06T09:00");
        slaEvent("TS20300305990002", "complaint-first-contact", "2030-03-06T10:00");
        slaEvent("TS20300228990005", "complaint-resolution", "2030-03-07T12:00");

        // claims
        long k1 = claim("LP20300302990001", "RW0001", "SETTLED", "DOMESTIC", true, "R901", "LOSS", "LINEHAUL", "SUPERVISOR",
                "800.00", "LOSS_INSURED", "2030-03-02T10:00", "2030-03-10T10:00", "RW0001");
        payment("LP20300302990001", "800.00", "2030-03-10T10:00");
        jdbc.update("insert into claim_recovery (claim_case_no, counterparty, amount, recorded_by, recorded_at)"
                + " values ('LP20300302990001', 'INSURER', 500.00, 'claims-handler', ?)", bj("2030-03-20T10:00"));
        claim("LP20300305990002", "RW0002", "SETTLED", "SAME_CITY", false, "R901", "DELAY", "COURIER", "AUTO",
                "12.00", "DELAY_POSTAGE_REFUND", "2030-03-05T10:00", "2030-03-31T23:59:59", "RW0002");
        payment("LP20300305990002", "12.00", "2030-03-31T23:59:59");
        chargeback("LP20300305990002", "R901", "COURIER", "12.00", "2030-03-31T23:59:59");
        claim("LP20300308990003", "RW0003", "SETTLED", "DOMESTIC", false, "R901", "LOSS", "CUSTOMER", null,
                "0.00", "EXEMPT_CUSTOMER", "2030-03-08T10:00", "2030-03-09T10:00", "RW0003");
        claim("LP20300315990004", "RW0006", "TIME_BARRED", "DOMESTIC", false, "R901", null, null, null,
                null, null, "2030-03-15T10:00", "2030-03-15T10:00", null);
        claim("LP20300401990005", "RW0005", "REGISTERED", "DOMESTIC", false, "R902", null, null, null,
                null, null, "2030-04-01T00:00", null, "RW0005");
        long k6 = claim("LP20300220990006", "RW0004", "SETTLED", "INTERNATIONAL", false, "R902", "DAMAGE_PARTIAL", "STATION",
                "MANAGER", "2500.00", "PARTIAL_UNINSURED", "2030-02-20T10:00", "2030-03-03T12:00", "RW0004");
        payment("LP20300220990006", "2500.00", "2030-03-03T12:00");
        chargeback("LP20300220990006", "R902", "STATION", "2500.00", "2030-03-03T12:00");
        jdbc.update("insert into claim_dispute (claim_id, seq, round_no, channel, offered_amount, disputed_at)"
                + " values (?, 0, 1, 'PORTAL', 2000.00, ?)", k6, bj("2030-03-01T10:00"));
        claim("LP20300201990007", "RW0006", "ASSESSING", "DOMESTIC", false, "R901", null, null, null,
                null, null, "2030-02-01T10:00", null, "RW0006");
        slaEvent("LP20300201990007", "claim-settlement", "2030-03-03T10:00");
        if (k1 == 0) {
            throw new IllegalStateException("fixture claim not written");
        }

        // violations and the courier ledger
        violation("WG20300303990001", "R9C1", "R901", "LATE_NO_NOTICE", "COMPLAINT", "2030-03-03T10:00",
                "UPHELD", "MINOR", "2030-03-06T10:00", null, null, null);
        ledger("WG20300303990001", "R9C1", "R901", "LATE_NO_NOTICE", "UPHELD", "WARNING", "0.00", 0, 1, false, "2030-03-20T10:00");
        violation("WG20300304990002", "R9C1", "R901", "RUDE", "INSPECTION", "2030-03-04T10:00",
                "UPHELD", "MODERATE", "2030-03-07T10:00", "2030-03-10T10:00", "REDUCED", "2030-03-12T10:00");
        ledger("WG20300304990002", "R9C1", "R901", "RUDE", "REDUCED", "FINE", "100.00", 0, 1, false, "2030-03-12T10:00");
        violation("WG20300305990003", "R9C2", "R901", "SPEEDING", "MONITORING", "2030-03-05T10:00",
                "CLEARED", null, "2030-03-08T10:00", null, null, null);
        ledger("WG20300305990003", "R9C2", "R901", "SPEEDING", "CLEARED", null, "0.00", 0, 0, true, "2030-03-08T10:00");
        violation("WG20300225990004", "R9C3", "R902", "FALSE_DELIVERY", "MANUAL", "2030-02-25T10:00",
                "UPHELD", "SERIOUS", "2030-03-01T10:00", null, null, null);
        ledger("WG20300225990004", "R9C3", "R902", "FALSE_DELIVERY", "UPHELD", "SUSPENSION", "0.00", 7, 6, false,
                "2030-03-31T23:59:59");
        violation("WG20300401990005", "R9C3", "R902", "DRESS_CODE", "INSPECTION", "2030-04-01T00:00",
                null, null, null, null, null, null);
    }

    void delete() {
        jdbc.update("delete from claim_dispute where claim_id in (select id from claim where case_no like 'LP2030____99%')");
        jdbc.update("delete from claim_payment where claim_case_no like 'LP2030____99%'");
        jdbc.update("delete from claim_chargeback where claim_case_no like 'LP2030____99%'");
        jdbc.update("delete from claim_recovery where claim_case_no like 'LP2030____99%'");
        jdbc.update("delete from claim where case_no like 'LP2030____99%'");
        jdbc.update("delete from sla_event where case_no like '__2030____99%'");
        jdbc.update("delete from complaint_event where complaint_id in (select id from complaint where case_no like 'TS2030____99%')");
        jdbc.update("delete from complaint where case_no like 'TS2030____99%'");
        jdbc.update("delete from courier_ledger_entry where case_no like 'WG2030____99%'");
        jdbc.update("delete from violation where case_no like 'WG2030____99%'");
        jdbc.update("delete from shipment where waybill_no like 'RW000%'");
        jdbc.update("delete from courier where employee_no like 'R9C%'");
        jdbc.update("delete from station where code in ('R901', 'R902')");
    }

    private void courier(String no, String name, String station) {
        jdbc.update("insert into courier (employee_no, name, station_code, phone, status) values (?, ?, ?, '13900000000', 'ACTIVE')",
                no, name, station);
    }

    private void shipment(String waybill, String type, String origin, String destination, String shipped, String promised,
            String delivered, String postage, boolean insured) {
        jdbc.update("insert into shipment (waybill_no, service_type, shipped_at, promised_at, delivered_at, origin_station_code,"
                + " destination_station_code, postage, insured, declared_value, insurance_fee, status)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", waybill, type, bj(shipped), bj(promised),
                delivered == null ? null : bj(delivered), origin, destination, new BigDecimal(postage), insured,
                insured ? new BigDecimal("1000.00") : null, insured ? new BigDecimal("10.00") : null,
                delivered == null ? "IN_TRANSIT" : "DELIVERED");
    }

    private long complaint(String caseNo, String status, String channel, String category, String waybill, String station,
            String courier, String received, String contacted, String closed, boolean firstContactBreached,
            boolean resolutionBreached, boolean reopened, Integer satisfaction, String party) {
        jdbc.update("insert into complaint (case_no, status, channel, category, priority, waybill_no, customer_name,"
                + " customer_phone, description, station_code, courier_no, received_at, first_contacted_at, closed_at,"
                + " first_contact_breached, resolution_breached, reopened, satisfaction, responsible_party)"
                + " values (?, ?, ?, ?, 'NORMAL', ?, '报表测试', '13800009999', '报表测试用投诉内容', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                caseNo, status, channel, category, waybill, station, courier, bj(received),
                contacted == null ? null : bj(contacted), closed == null ? null : bj(closed), firstContactBreached,
                resolutionBreached, reopened, satisfaction, party);
        return jdbc.queryForObject("select id from complaint where case_no = ?", Long.class, caseNo);
    }

    private void event(long complaintId, String type, String at) {
        jdbc.update("insert into complaint_event (complaint_id, event_type, occurred_at, actor) values (?, ?, ?, 'system')",
                complaintId, type, bj(at));
    }

    private void slaEvent(String caseNo, String sla, String at) {
        jdbc.update("insert into sla_event (case_no, sla_name, level, occurred_at, deadline_at) values (?, ?, 'BREACH', ?, ?)",
                caseNo, sla, bj(at), bj(at));
    }

    private long claim(String caseNo, String waybill, String status, String serviceType, boolean insured, String station,
            String lossType, String party, String approval, String payout, String rule, String registered, String closed,
            String activeWaybill) {
        jdbc.update("insert into claim (case_no, waybill_no, active_waybill_no, origin, status, customer_name, service_type,"
                + " shipped_at, promised_at, postage, insured, station_code, loss_type, responsible_party, approval_level,"
                + " payout_amount, payout_rule_code, registered_at, closed_at, updated_at)"
                + " values (?, ?, ?, 'PORTAL', ?, '报表测试', ?, ?, ?, 10.00, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                caseNo, waybill, activeWaybill, status, serviceType, bj("2030-02-01T10:00"), bj("2030-02-03T10:00"), insured,
                station, lossType, party, approval, payout == null ? null : new BigDecimal(payout), rule, bj(registered),
                closed == null ? null : bj(closed), bj(registered));
        return jdbc.queryForObject("select id from claim where case_no = ?", Long.class, caseNo);
    }

    private void payment(String caseNo, String amount, String at) {
        jdbc.update("insert into claim_payment (claim_case_no, amount, currency, payment_ref, paid_at) values (?, ?, 'CNY', ?, ?)",
                caseNo, new BigDecimal(amount), "PAY-" + caseNo, bj(at));
    }

    private void chargeback(String caseNo, String station, String party, String amount, String at) {
        jdbc.update("insert into claim_chargeback (claim_case_no, station_code, responsible_party, payout_amount, share_ratio,"
                + " amount, created_at) values (?, ?, ?, ?, 1.0000, ?, ?)", caseNo, station, party, new BigDecimal(amount),
                new BigDecimal(amount), bj(at));
    }

    private void violation(String caseNo, String courier, String station, String type, String source, String registered,
            String decision, String severity, String decided, String appealed, String appealOutcome, String appealDecided) {
        jdbc.update("insert into violation (case_no, courier_no, station_code, violation_type, source, status, registered_by,"
                + " registered_at, decision, severity, decided_at, appealed_at, appeal_outcome, appeal_decided_at)"
                + " values (?, ?, ?, ?, ?, ?, 'inspector', ?, ?, ?, ?, ?, ?, ?)", caseNo, courier, station, type, source,
                decision == null ? "AWAITING_STATEMENT" : "CLOSED", bj(registered), decision, severity,
                decided == null ? null : bj(decided), appealed == null ? null : bj(appealed), appealOutcome,
                appealDecided == null ? null : bj(appealDecided));
    }

    private void ledger(String caseNo, String courier, String station, String type, String outcome, String measure,
            String fine, int suspensionDays, int points, boolean cleared, String booked) {
        jdbc.update("insert into courier_ledger_entry (courier_no, station_code, case_no, violation_type, outcome, measure,"
                + " fine_amount, suspension_days, points, cleared, booked_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                courier, station, caseNo, type, outcome, measure, new BigDecimal(fine), suspensionDays, points, cleared,
                bj(booked));
    }
}
