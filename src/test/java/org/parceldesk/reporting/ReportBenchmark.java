package org.parceldesk.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.parceldesk.common.Messages;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Not a test: a small stand-alone benchmark of the report queries on a year of generated data in an
 * in-memory H2 database migrated by the real Flyway scripts (docs/reports.md, "measured"). Run with
 * {@code java -cp target/test-classes:target/classes:<test classpath> org.parceldesk.reporting.ReportBenchmark}.
 * Prints the time of each report and H2's plan for the weekly complaint count.
 */
public final class ReportBenchmark {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int STATIONS = 20;
    private static final int SHIPMENTS_PER_DAY = 400;
    private static final int COMPLAINTS_PER_DAY = 140;
    private static final int CLAIMS_PER_DAY = 30;
    private static final int VIOLATIONS_PER_DAY = 15;

    private ReportBenchmark() {
    }

    public static void main(String[] args) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long started = System.nanoTime();
        int[] counts = generate(jdbc, Instant.parse("2026-01-01T00:00:00Z"), 365);
        System.out.printf("generated %d shipments, %d complaints, %d claims, %d violations in %d s%n", counts[0], counts[1],
                counts[2], counts[3], (System.nanoTime() - started) / 1_000_000_000L);

        ReportSql sql = new ReportSql(new NamedParameterJdbcTemplate(dataSource));
        Clock clock = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);
        ReportingProperties properties = new ReportingProperties(null, List.of("inspector"), 10, 366, 2, 200, java.time.Duration.ofSeconds(120));
        ReportScope all = new ReportScope("bench", List.of(), true);
        ReportScope one = new ReportScope("bench", List.of("B001"), true);
        ReportPeriod week = ReportPeriod.week("2026-W48", "week", BEIJING);
        ReportPeriod month = ReportPeriod.month("2026-11", "month", BEIJING);
        ReportPeriod year = ReportPeriod.days("2026-01-01", "2026-12-31", 366, BEIJING);
        ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
        texts.setBasename("messages");
        texts.setDefaultEncoding("UTF-8");
        Locale zh = Messages.DEFAULT;
        Map<String, Supplier<Report>> reports = new java.util.LinkedHashMap<>();
        reports.put("complaints weekly, all stations",
                () -> new ComplaintWeeklyReport(sql, properties, clock, texts).build(week, all, zh));
        reports.put("complaints weekly, one station",
                () -> new ComplaintWeeklyReport(sql, properties, clock, texts).build(week, one, zh));
        reports.put("claims monthly, all stations",
                () -> new ClaimMonthlyReport(sql, clock, "claim-settlement", texts).build(month, all, zh));
        reports.put("violations monthly, all stations", () -> new ViolationMonthlyReport(sql, clock, texts).build(month, all, zh));
        reports.put("kpi monthly, all stations", () -> new KpiMonthlyReport(sql, clock, texts).build(month, all, zh));
        reports.put("shipment origins, whole year", () -> new ShipmentOriginReport(sql, clock, texts).build(year, all, zh));
        reports.forEach((name, report) -> {
            report.get(); // warm up
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                report.get();
                times.add((System.nanoTime() - t) / 1_000_000L);
            }
            times.sort(null);
            System.out.printf("%-36s median %5d ms, max %5d ms%n", name, times.get(2), times.get(4));
        });
        System.out.println(jdbc.queryForList("explain select count(*) from complaint c where c.received_at >= ?"
                + " and c.received_at < ? and c.station_code in ('B001')", String.class, LocalDateTime.now(), LocalDateTime.now()));
    }

    private static int[] generate(JdbcTemplate jdbc, Instant start, int days) {
        Random random = new Random(1);
        List<Object[]> stations = new ArrayList<>();
        List<Object[]> couriers = new ArrayList<>();
        for (int s = 1; s <= STATIONS; s++) {
            stations.add(new Object[] {String.format("B%03d", s), "网点" + s, "城市" + (s % 7)});
            for (int c = 1; c <= 10; c++) {
                couriers.add(new Object[] {String.format("B%03dC%02d", s, c), "快递员" + c, String.format("B%03d", s)});
            }
        }
        jdbc.batchUpdate("insert into station (code, name, city, handler_group, franchise) values (?, ?, ?, 'complaint-handler', false)", stations);
        jdbc.batchUpdate("insert into courier (employee_no, name, station_code, phone, status) values (?, ?, ?, '13800000000', 'ACTIVE')", couriers);
        int shipments = 0;
        int complaints = 0;
        int claims = 0;
        int violations = 0;
        String[] categories = {"DELAY", "LOSS", "DAMAGE", "ATTITUDE", "OTHER"};
        for (int day = 0; day < days; day++) {
            List<Object[]> shipmentRows = new ArrayList<>();
            List<Object[]> complaintRows = new ArrayList<>();
            List<Object[]> claimRows = new ArrayList<>();
            List<Object[]> paymentRows = new ArrayList<>();
            List<Object[]> violationRows = new ArrayList<>();
            List<Object[]> ledgerRows = new ArrayList<>();
            for (int i = 0; i < SHIPMENTS_PER_DAY; i++) {
                Instant shipped = start.plusSeconds(day * 86400L + random.nextInt(86400));
                String origin = String.format("B%03d", 1 + random.nextInt(STATIONS));
                String destination = String.format("B%03d", 1 + random.nextInt(STATIONS));
                Instant promised = shipped.plusSeconds(3 * 86400L);
                Instant delivered = promised.plusSeconds(random.nextInt(2 * 86400) - 86400L);
                String waybill = String.format("BW%09d", shipments++);
                shipmentRows.add(new Object[] {waybill, "DOMESTIC", utc(shipped), utc(promised), utc(delivered), origin,
                        destination, new BigDecimal("12.00"), random.nextInt(4) == 0});
                if (i < COMPLAINTS_PER_DAY) {
                    Instant received = shipped.plusSeconds(86400L + random.nextInt(86400));
                    Instant closed = received.plusSeconds(3600L + random.nextInt(9 * 86400));
                    complaintRows.add(new Object[] {String.format("BT%014d", complaints++), categories[random.nextInt(5)],
                            waybill, destination, String.format("%sC%02d", destination, 1 + random.nextInt(10)), utc(received),
                            utc(received.plusSeconds(3600)), utc(closed), random.nextInt(10) == 0, random.nextInt(8) == 0,
                            1 + random.nextInt(5)});
                }
                if (i < CLAIMS_PER_DAY) {
                    Instant registered = shipped.plusSeconds(2 * 86400L);
                    Instant paid = registered.plusSeconds(86400L * (1 + random.nextInt(20)));
                    String caseNo = String.format("BL%014d", claims++);
                    claimRows.add(new Object[] {caseNo, waybill, utc(shipped), utc(promised), destination, utc(registered),
                            utc(paid), utc(paid)});
                    paymentRows.add(new Object[] {caseNo, new BigDecimal(50 + random.nextInt(900)), "P" + caseNo, utc(paid)});
                }
                if (i < VIOLATIONS_PER_DAY) {
                    String courier = String.format("%sC%02d", destination, 1 + random.nextInt(10));
                    String caseNo = String.format("BV%014d", violations++);
                    Instant registered = shipped.plusSeconds(86400L);
                    violationRows.add(new Object[] {caseNo, courier, destination, utc(registered), utc(registered.plusSeconds(3 * 86400L))});
                    ledgerRows.add(new Object[] {courier, destination, caseNo, utc(registered.plusSeconds(10 * 86400L))});
                }
            }
            jdbc.batchUpdate("insert into shipment (waybill_no, service_type, shipped_at, promised_at, delivered_at,"
                    + " origin_station_code, destination_station_code, postage, insured, status)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DELIVERED')", shipmentRows);
            jdbc.batchUpdate("insert into complaint (case_no, status, channel, category, priority, waybill_no, customer_name,"
                    + " customer_phone, description, station_code, courier_no, received_at, first_contacted_at, closed_at,"
                    + " first_contact_breached, resolution_breached, satisfaction)"
                    + " values (?, 'CLOSED', 'PHONE', ?, 'NORMAL', ?, 'x', '13800000000', 'x', ?, ?, ?, ?, ?, ?, ?, ?)", complaintRows);
            jdbc.batchUpdate("insert into claim (case_no, waybill_no, origin, status, customer_name, service_type, shipped_at,"
                    + " promised_at, postage, insured, station_code, loss_type, responsible_party, approval_level,"
                    + " payout_amount, registered_at, closed_at, updated_at)"
                    + " values (?, ?, 'PORTAL', 'SETTLED', 'x', 'DOMESTIC', ?, ?, 12.00, false, ?, 'LOSS', 'COURIER',"
                    + " 'SUPERVISOR', 100.00, ?, ?, ?)", claimRows);
            jdbc.batchUpdate("insert into claim_payment (claim_case_no, amount, currency, payment_ref, paid_at)"
                    + " values (?, ?, 'CNY', ?, ?)", paymentRows);
            jdbc.batchUpdate("insert into violation (case_no, courier_no, station_code, violation_type, source, status,"
                    + " registered_by, registered_at, decision, severity, decided_at)"
                    + " values (?, ?, ?, 'RUDE', 'INSPECTION', 'CLOSED', 'inspector', ?, 'UPHELD', 'MINOR', ?)", violationRows);
            jdbc.batchUpdate("insert into courier_ledger_entry (courier_no, station_code, case_no, violation_type, outcome,"
                    + " measure, fine_amount, suspension_days, points, cleared, booked_at)"
                    + " values (?, ?, ?, 'RUDE', 'UPHELD', 'WARNING', 0, 0, 1, false, ?)", ledgerRows);
        }
        return new int[] {shipments, complaints, claims, violations};
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
