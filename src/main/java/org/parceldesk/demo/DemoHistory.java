package org.parceldesk.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.parceldesk.common.ZoneProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo history for the reports and the dashboard: {@value #SHIPMENTS} shipments and a few hundred
 * finished complaints, claims and violations over the last {@value #DAYS} days, drawn from a seeded
 * random generator (the same pattern on every start, relative to today). Written straight into the
 * tables, without running the processes: running hundreds of cases through the engine would take
 * minutes, and finished cases need no process instance. Every case is final, so none waits for a
 * task that does not exist. Case numbers use sequence numbers from 900001 so that they never meet
 * the ones the running application draws. Once per database (skipped when {@code PH} waybills
 * exist); switched off in tests by {@code parceldesk.demo.history-cases=false}.
 */
@Component
@ConditionalOnProperty(prefix = "parceldesk.demo", name = {"enabled", "history-cases"}, havingValue = "true")
class DemoHistory {

    static final int SHIPMENTS = 600;
    static final int COMPLAINTS = 320;
    static final int CLAIMS = 90;
    static final int VIOLATIONS = 45;
    static final int DAYS = 60;
    private static final long SEED = 20261201L;
    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final String[] STATIONS = {"S001", "S002", "S003"};
    private static final Map<String, String[]> COURIERS = Map.of("S001", new String[] {"C0001", "C0002", "C0003", "C0004"},
            "S002", new String[] {"C0005", "C0006", "C0007"}, "S003", new String[] {"C0008"});
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛"};

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final Random random = new Random(SEED);
    private int sequence = 900_000;

    DemoHistory(JdbcTemplate jdbc, Clock clock, ZoneProperties zone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone.zone();
    }

    /** After the demo master data (order 10) and the violation demo data (order 20). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    @Transactional
    public void load() {
        Long existing = jdbc.queryForObject("select count(*) from shipment where waybill_no like 'PH%'", Long.class);
        Long stations = jdbc.queryForObject("select count(*) from station where code in ('S001', 'S002', 'S003')", Long.class);
        if (existing != null && existing > 0 || stations == null || stations < 3) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        List<Shipment> shipments = shipments(now);
        int complaints = complaints(shipments, now);
        int claims = claims(shipments, now);
        int violations = violations(now);
        log.info("Demo history written: {} shipments, {} complaints, {} claims, {} violations over the last {} days",
                shipments.size(), complaints, claims, violations, DAYS);
    }

    private record Shipment(String waybill, String type, Instant shipped, Instant promised, Instant delivered,
            String origin, String destination, String courier, BigDecimal postage, boolean insured, BigDecimal declared) {
    }

    private List<Shipment> shipments(Instant now) {
        List<Shipment> list = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < SHIPMENTS; i++) {
            String type = pick(new String[] {"SAME_CITY", "DOMESTIC", "DOMESTIC", "DOMESTIC", "INTERNATIONAL"});
            Instant shipped = now.minus(Duration.ofMinutes(random.nextInt(DAYS * 24 * 60)));
            Instant promised = shipped.plus(Duration.ofDays(switch (type) {
                case "SAME_CITY" -> 1;
                case "DOMESTIC" -> 3;
                default -> 10;
            }));
            int roll = random.nextInt(100);
            Instant delivered = roll < 80 ? promised.minus(Duration.ofHours(1 + random.nextInt(20)))
                    : roll < 92 ? promised.plus(Duration.ofHours(2 + random.nextInt(72))) : null;
            if (delivered != null && delivered.isAfter(now)) {
                delivered = null;
            }
            String origin = pick(STATIONS);
            String destination = random.nextInt(3) == 0 ? origin : pick(STATIONS);
            String courier = pick(COURIERS.get(destination));
            boolean insured = random.nextInt(4) == 0;
            BigDecimal postage = BigDecimal.valueOf(8 + random.nextInt(40)).setScale(2);
            BigDecimal declared = insured ? BigDecimal.valueOf(300L + 100L * random.nextInt(30)).setScale(2) : null;
            Shipment shipment = new Shipment(String.format("PH%010d", 2026000001L + i), type, shipped, promised, delivered,
                    origin, destination, courier, postage, insured, declared);
            list.add(shipment);
            rows.add(new Object[] {shipment.waybill, type, utc(shipped), utc(promised), delivered == null ? null : utc(delivered),
                    pick(COURIERS.get(origin)), delivered == null ? null : courier, origin, destination, postage, insured,
                    declared, insured ? declared.multiply(new BigDecimal("0.01")).setScale(2, RoundingMode.HALF_UP) : null,
                    delivered != null ? "DELIVERED" : promised.isBefore(now) ? "EXCEPTION" : "IN_TRANSIT"});
        }
        jdbc.batchUpdate("insert into shipment (waybill_no, service_type, shipped_at, promised_at, delivered_at,"
                + " pickup_courier_no, delivery_courier_no, origin_station_code, destination_station_code, postage, insured,"
                + " declared_value, insurance_fee, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return list;
    }

    private int complaints(List<Shipment> shipments, Instant now) {
        String[] categories = {"DELAY", "DELAY", "DELAY", "LOSS", "DAMAGE", "DAMAGE", "ATTITUDE", "FALSE_DELIVERY",
                "UNAUTHORIZED_LOCKER", "PRIVATE_CHARGE", "PICKUP", "OTHER"};
        String[] channels = {"PHONE", "PHONE", "PHONE", "WEB", "WEB", "API", "EMAIL", "REGULATOR"};
        String[] parties = {"COURIER", "COURIER", "STATION", "SORTING_CENTER", "LINEHAUL", "CUSTOMER", "NONE"};
        int written = 0;
        for (int i = 0; i < COMPLAINTS; i++) {
            Shipment shipment = shipments.get(i);
            Instant received = shipment.shipped.plus(Duration.ofMinutes(60 * 6 + random.nextInt(60 * 24 * 4)));
            if (received.isAfter(now.minus(Duration.ofHours(6)))) {
                continue;
            }
            String channel = pick(channels);
            Instant contacted = received.plus(Duration.ofMinutes(20 + random.nextInt(60 * 30)));
            boolean firstContactBreached = Duration.between(received, contacted).toHours() >= 24;
            Instant closed = received.plus(Duration.ofMinutes(60 * 3 + random.nextInt(60 * 24 * 9)));
            if (closed.isAfter(now)) {
                closed = now.minus(Duration.ofMinutes(random.nextInt(300)));
            }
            if (contacted.isAfter(closed)) {
                contacted = closed;
            }
            boolean resolutionBreached = Duration.between(received, closed).toDays() >= 7;
            int roll = random.nextInt(100);
            String status = roll < 85 ? "CLOSED" : roll < 95 ? "NO_RESPONSE" : "ABANDONED";
            Integer satisfaction = status.equals("CLOSED") ? 1 + weighted(new int[] {4, 5, 12, 30, 49}) : null;
            boolean reopened = satisfaction != null && satisfaction <= 2 && random.nextBoolean();
            String caseNo = caseNo("TS", received);
            String party = status.equals("ABANDONED") ? null : pick(parties);
            jdbc.update("insert into complaint (case_no, status, channel, category, priority, waybill_no, customer_name,"
                    + " customer_phone, description, station_code, courier_no, shipment_status, promised_delivery_at,"
                    + " delivered_at, received_at, received_by, acknowledged_at, first_contact_due_at, first_contacted_at,"
                    + " replied_at, closed_at, first_contact_breached, resolution_breached, finding, responsible_party,"
                    + " resolution, satisfaction, satisfaction_source, reopened)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo-history', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    caseNo, status, channel, pick(categories), channel.equals("REGULATOR") ? "HIGH" : "NORMAL",
                    shipment.waybill, name(), phone(), "演示数据：客户反映快件问题，请核实处理。", shipment.destination,
                    shipment.courier, shipment.delivered == null ? "IN_TRANSIT" : "DELIVERED", utc(shipment.promised),
                    shipment.delivered == null ? null : utc(shipment.delivered), utc(received), utc(received),
                    utc(received.plus(Duration.ofHours(24))), utc(contacted), status.equals("ABANDONED") ? null : utc(closed),
                    utc(closed), firstContactBreached, resolutionBreached, party == null ? null : "演示数据：调查结论",
                    party, party == null ? null : "演示数据：处理结果已告知客户", satisfaction,
                    satisfaction == null ? null : "PORTAL", reopened);
            long id = jdbc.queryForObject("select id from complaint where case_no = ?", Long.class, caseNo);
            if (channel.equals("REGULATOR")) {
                // a referral carries the regulator's reference and deadline; its outcome was reported when it closed
                jdbc.update("update complaint set regulator_reference = ?, regulator_deadline = ?, regulator_report = ?,"
                        + " regulator_reported_on = ?, regulator_report_recorded_at = ? where id = ?",
                        "YZ-DEMO-" + caseNo.substring(2), java.sql.Date.valueOf(received.atZone(zone).toLocalDate().plusDays(5)),
                        "演示数据：处理结果已报送监管部门", java.sql.Date.valueOf(closed.atZone(zone).toLocalDate()), utc(closed), id);
            }
            event(id, "RECEIVED", received);
            event(id, "CONTACTED", contacted);
            if (reopened) {
                event(id, "REOPENED", closed.minus(Duration.ofHours(12)));
            }
            event(id, status.equals("CLOSED") ? "CLOSED" : status, closed);
            if (firstContactBreached) {
                slaBreach(caseNo, "complaint-first-contact", received.plus(Duration.ofHours(24)));
            }
            if (resolutionBreached) {
                slaBreach(caseNo, "complaint-resolution", received.plus(Duration.ofDays(7)));
            }
            written++;
        }
        return written;
    }

    private int claims(List<Shipment> shipments, Instant now) {
        String[] lossTypes = {"DELAY", "DELAY", "LOSS", "LOSS", "DAMAGE_TOTAL", "DAMAGE_PARTIAL", "DAMAGE_PARTIAL",
                "WRONG_CONTENTS", "SHORTAGE"};
        String[] parties = {"COURIER", "COURIER", "STATION", "SORTING_CENTER", "LINEHAUL", "LINEHAUL", "CUSTOMER",
                "FORCE_MAJEURE"};
        int written = 0;
        for (int i = 0; i < CLAIMS; i++) {
            // claims on other shipments than the complaints' first ones, so that both spread over the stations
            Shipment shipment = shipments.get(SHIPMENTS - 1 - i);
            Instant registered = shipment.shipped.plus(Duration.ofMinutes(60 * 24 + random.nextInt(60 * 24 * 5)));
            if (registered.isAfter(now.minus(Duration.ofDays(1)))) {
                continue;
            }
            int roll = random.nextInt(100);
            String status = roll < 80 ? "SETTLED" : roll < 85 ? "TIME_BARRED" : roll < 93 ? "ABANDONED" : "UNRESOLVED";
            String lossType = pick(lossTypes);
            String party = pick(parties);
            boolean exempt = party.equals("CUSTOMER") || party.equals("FORCE_MAJEURE") && !shipment.insured;
            BigDecimal actualLoss = BigDecimal.valueOf(50L + random.nextInt(3000)).setScale(2);
            BigDecimal cap = shipment.insured ? shipment.declared : shipment.postage.multiply(BigDecimal.valueOf(3));
            BigDecimal payout = exempt ? BigDecimal.ZERO.setScale(2) : lossType.equals("DELAY") ? shipment.postage
                    : shipment.postage.add(actualLoss.min(cap)).setScale(2, RoundingMode.HALF_UP);
            String rule = exempt ? (party.equals("CUSTOMER") ? "EXEMPT_CUSTOMER" : "EXEMPT_FORCE_MAJEURE")
                    : lossType.equals("DELAY") ? "DELAY_POSTAGE_REFUND"
                    : lossType.startsWith("DAMAGE_PARTIAL") || lossType.equals("SHORTAGE")
                            ? (shipment.insured ? "PARTIAL_INSURED" : "PARTIAL_UNINSURED")
                            : (shipment.insured ? "LOSS_INSURED" : "LOSS_UNINSURED");
            String approval = payout.compareTo(BigDecimal.valueOf(200)) <= 0 ? "AUTO"
                    : payout.compareTo(BigDecimal.valueOf(2000)) <= 0 ? "SUPERVISOR" : "MANAGER";
            boolean assessed = status.equals("SETTLED") || status.equals("UNRESOLVED");
            Instant closed = status.equals("TIME_BARRED") ? registered
                    : registered.plus(Duration.ofMinutes(60 * 24 * 2 + random.nextInt(60 * 24 * 25)));
            if (closed.isAfter(now)) {
                closed = now.minus(Duration.ofMinutes(random.nextInt(600)));
            }
            boolean disputed = assessed && random.nextInt(10) == 0;
            String caseNo = caseNo("LP", registered);
            jdbc.update("insert into claim (case_no, waybill_no, active_waybill_no, origin, status, customer_name,"
                    + " customer_phone, description, reported_loss_type, claimed_amount, service_type, shipped_at, promised_at,"
                    + " delivered_at, postage, insured, declared_value, station_code, courier_no, loss_type, responsible_party,"
                    + " actual_loss, full_value, assessed_by, assessed_at, payout_amount, payout_rule_code, approval_level,"
                    + " dispute_rounds, close_reason, registered_at, offered_at, accepted_at, closed_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    caseNo, shipment.waybill, status.equals("SETTLED") || status.equals("UNRESOLVED") ? shipment.waybill : null,
                    pick(new String[] {"PORTAL", "PORTAL", "API", "COMPLAINT"}), status, name(), phone(),
                    "演示数据：申请理赔", lossType, actualLoss, shipment.type, utc(shipment.shipped), utc(shipment.promised),
                    shipment.delivered == null ? null : utc(shipment.delivered), shipment.postage, shipment.insured,
                    shipment.declared, shipment.destination, shipment.courier, assessed ? lossType : null,
                    assessed ? party : null, assessed ? actualLoss : null, assessed ? actualLoss : null,
                    assessed ? "claims-handler" : null, assessed ? utc(registered.plus(Duration.ofDays(1))) : null,
                    assessed ? payout : null, assessed ? rule : null, assessed ? approval : null, disputed ? 1 : 0,
                    status.equals("UNRESOLVED") ? "UNRESOLVED" : status.equals("SETTLED") ? null : status, utc(registered),
                    assessed ? utc(registered.plus(Duration.ofDays(2))) : null,
                    status.equals("SETTLED") ? utc(closed) : null, utc(closed), utc(closed));
            long id = jdbc.queryForObject("select id from claim where case_no = ?", Long.class, caseNo);
            if (disputed) {
                jdbc.update("insert into claim_dispute (claim_id, seq, round_no, channel, reason, offered_amount, recorded_by,"
                        + " disputed_at) values (?, 0, 1, 'PORTAL', '演示数据：金额偏低', ?, null, ?)", id, payout,
                        utc(registered.plus(Duration.ofDays(2)).plus(Duration.ofHours(5))));
            }
            if (status.equals("SETTLED") && payout.signum() > 0) {
                jdbc.update("insert into claim_payment (claim_case_no, amount, currency, payment_ref, paid_at)"
                        + " values (?, ?, 'CNY', ?, ?)", caseNo, payout, "DEMO-" + caseNo, utc(closed));
                if (party.equals("COURIER") || party.equals("STATION")) {
                    jdbc.update("insert into claim_chargeback (claim_case_no, station_code, responsible_party, payout_amount,"
                            + " share_ratio, amount, created_at) values (?, ?, ?, ?, 1.0000, ?, ?)", caseNo,
                            shipment.destination, party, payout, payout, utc(closed));
                }
                if ((party.equals("LINEHAUL") || shipment.insured) && random.nextInt(10) < 6) {
                    jdbc.update("insert into claim_recovery (claim_case_no, counterparty, amount, recovery_ref, note,"
                            + " recorded_by, recorded_at) values (?, ?, ?, ?, '演示数据', 'claims-handler', ?)", caseNo,
                            party.equals("LINEHAUL") ? "LINEHAUL_CARRIER" : "INSURER",
                            payout.multiply(new BigDecimal("0.80")).setScale(2, RoundingMode.HALF_UP), "REC-" + caseNo,
                            utc(closed.plus(Duration.ofDays(3)).isAfter(now) ? now : closed.plus(Duration.ofDays(3))));
                }
            }
            written++;
        }
        return written;
    }

    private int violations(Instant now) {
        String[] types = {"LATE_NO_NOTICE", "LATE_NO_NOTICE", "RUDE", "FALSE_DELIVERY", "UNAUTHORIZED_LOCKER", "MISHANDLING",
                "DRESS_CODE", "SPEEDING", "PRIVATE_CHARGE", "LEFT_BEFORE_CHECK"};
        String[] sources = {"COMPLAINT", "COMPLAINT", "INSPECTION", "INSPECTION", "MONITORING", "MANUAL", "CLAIM"};
        Map<String, Integer> points = new HashMap<>();
        int written = 0;
        for (int i = 0; i < VIOLATIONS; i++) {
            String station = pick(new String[] {"S001", "S001", "S002", "S002", "S003"});
            String courier = pick(COURIERS.get(station));
            Instant registered = now.minus(Duration.ofMinutes(60 * 24 * 5 + random.nextInt(60 * 24 * (DAYS - 5))));
            boolean upheld = random.nextInt(10) < 7;
            String severity = random.nextInt(10) < 7 ? "MINOR" : "MODERATE";
            int casePoints = severity.equals("MINOR") ? 1 : 3;
            // keep every demo courier below the suspension-review threshold, so new demo cases behave normally
            if (upheld && points.getOrDefault(courier, 0) + casePoints >= 10) {
                upheld = false;
            }
            String measure = !upheld ? null : severity.equals("MINOR") ? pick(new String[] {"WARNING", "TRAINING"})
                    : pick(new String[] {"TRAINING", "FINE"});
            BigDecimal fine = "FINE".equals(measure) ? BigDecimal.valueOf(50L * (1 + random.nextInt(4))).setScale(2)
                    : BigDecimal.ZERO.setScale(2);
            Instant decided = registered.plus(Duration.ofHours(72 + random.nextInt(48)));
            boolean appealed = upheld && random.nextInt(6) == 0;
            String appealOutcome = appealed ? pick(new String[] {"UPHELD", "REDUCED", "CANCELLED"}) : null;
            if ("CANCELLED".equals(appealOutcome)) {
                measure = null;
                fine = BigDecimal.ZERO.setScale(2);
            }
            boolean counts = upheld && !"CANCELLED".equals(appealOutcome);
            String outcome = !upheld ? "CLEARED" : appealOutcome == null ? "UPHELD"
                    : appealOutcome.equals("UPHELD") ? "UPHELD" : appealOutcome;
            Instant closed = decided.plus(Duration.ofDays(appealed ? 6 : 8));
            if (closed.isAfter(now)) {
                closed = now.minus(Duration.ofMinutes(random.nextInt(600)));
            }
            if (counts) {
                points.merge(courier, casePoints, Integer::sum);
            }
            String caseNo = caseNo("WG", registered);
            jdbc.update("insert into violation (case_no, courier_no, station_code, violation_type, source, description,"
                    + " occurred_at, status, registered_by, registered_at, decision, severity, decision_reason, decided_by,"
                    + " decided_at, penalty_measure, fine_amount, points, supervisor_required, station_approved_by,"
                    + " station_approved_at, appealed_at, appeal_outcome, appeal_reviewer, appeal_decided_at, outcome, closed_at)"
                    + " values (?, ?, ?, ?, ?, '演示数据', ?, 'CLOSED', 'inspector', ?, ?, ?, ?, 'inspector', ?, ?, ?, ?, false,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?)", caseNo, courier, station, pick(types), pick(sources),
                    utc(registered.minus(Duration.ofHours(20))), utc(registered), upheld ? "UPHELD" : "CLEARED",
                    upheld ? severity : null, "演示数据：裁定理由", utc(decided), measure, upheld ? fine : null,
                    upheld ? casePoints : null, upheld ? "station-manager" : null,
                    upheld ? utc(decided.plus(Duration.ofHours(20))) : null,
                    appealed ? utc(decided.plus(Duration.ofDays(2))) : null, appealOutcome, appealed ? "inspector2" : null,
                    appealed ? utc(decided.plus(Duration.ofDays(5))) : null, outcome, utc(closed));
            jdbc.update("insert into courier_ledger_entry (courier_no, station_code, case_no, violation_type, outcome, measure,"
                    + " fine_amount, suspension_days, points, cleared, booked_at)"
                    + " select courier_no, station_code, case_no, violation_type, ?, ?, ?, 0, ?, ?, ? from violation where case_no = ?",
                    outcome, measure, counts ? fine : BigDecimal.ZERO.setScale(2), counts ? casePoints : 0, !counts, utc(closed),
                    caseNo);
            written++;
        }
        return written;
    }

    private void event(long complaintId, String type, Instant at) {
        jdbc.update("insert into complaint_event (complaint_id, event_type, occurred_at, actor, detail)"
                + " values (?, ?, ?, 'demo-history', null)", complaintId, type, utc(at));
    }

    private void slaBreach(String caseNo, String sla, Instant at) {
        jdbc.update("insert into sla_event (case_no, sla_name, level, occurred_at, deadline_at) values (?, ?, 'BREACH', ?, ?)",
                caseNo, sla, utc(at), utc(at));
    }

    /** Prefix + local day + a sequence from 900001 on: never one the running application's counter draws. */
    private String caseNo(String prefix, Instant at) {
        sequence++;
        return prefix + DAY.format(at.atZone(zone)) + String.format("%06d", sequence);
    }

    private String name() {
        return pick(SURNAMES) + pick(GIVEN) + (random.nextBoolean() ? pick(GIVEN) : "");
    }

    private String phone() {
        return "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private int weighted(int[] weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
