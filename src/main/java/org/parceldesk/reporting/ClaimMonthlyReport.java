package org.parceldesk.reporting;

import static org.parceldesk.reporting.ReportSql.asLong;
import static org.parceldesk.reporting.ReportSql.money;
import static org.parceldesk.reporting.ReportSql.stationIn;
import static org.parceldesk.reporting.ReportSql.text;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 每月理赔报表及事故原因分析: claims filed and finished in the month, payments with their
 * breakdown by loss type, service type, insurance and responsible party (the cause analysis),
 * approval levels, time to payment, disputes, and recoveries and chargebacks per station.
 */
@Component
class ClaimMonthlyReport {

    private static final List<String> SERVICE_TYPES = List.of("SAME_CITY", "DOMESTIC", "INTERNATIONAL");
    private static final List<String> APPROVAL_LEVELS = List.of("AUTO", "SUPERVISOR", "MANAGER", "");
    private static final List<String> INSURANCE = List.of("INSURED", "UNINSURED");

    private final ReportSql sql;
    private final Clock clock;
    private final String settlementSla;
    private final MessageSource messages;

    ClaimMonthlyReport(ReportSql sql, Clock clock,
            @Value("${parceldesk.reporting.claim-settlement-sla:claim-settlement}") String settlementSla,
            MessageSource messages) {
        this.sql = sql;
        this.clock = clock;
        this.settlementSla = settlementSla;
        this.messages = messages;
    }

    @Transactional(readOnly = true, isolation = Isolation.READ_COMMITTED)
    public Report build(ReportPeriod month, ReportScope scope, Locale locale) {
        ReportTexts t = new ReportTexts(messages, locale);
        MapSqlParameterSource p = ReportSql.params(month, scope).addValue("sla", settlementSla);
        String station = stationIn("cl.station_code", scope);
        String paid = " from claim_payment pay join claim cl on cl.case_no = pay.claim_case_no"
                + " where pay.paid_at >= :from and pay.paid_at < :to" + station;
        String closed = " from claim cl where cl.closed_at >= :from and cl.closed_at < :to" + station;

        long filed = sql.count("select count(*) from claim cl where cl.registered_at >= :from and cl.registered_at < :to"
                + station, p);
        Map<String, Object> payments = sql.one("select count(*) as n, sum(pay.amount) as total" + paid, p);
        Map<String, Long> finished = sql.counts("select cl.status as k, count(*) as n" + closed + " group by cl.status", p);
        long refused = sql.count("select count(*)" + closed + " and cl.payout_rule_code like 'EXEMPT%'", p);
        Durations toPayment = Durations.between(sql.pairs("select cl.registered_at, pay.paid_at" + paid, p));
        Map<String, Object> disputes = sql.one("select count(*) as n, count(distinct d.claim_id) as claims"
                + " from claim_dispute d join claim cl on cl.id = d.claim_id"
                + " where d.disputed_at >= :from and d.disputed_at < :to" + station, p);
        long settlementBreaches = sql.count("select count(*) from sla_event e join claim cl on cl.case_no = e.case_no"
                + " where e.level = 'BREACH' and e.sla_name = :sla and e.occurred_at >= :from and e.occurred_at < :to"
                + station, p);
        Map<String, Object> chargebacks = sql.one("select count(*) as n, sum(cb.amount) as total from claim_chargeback cb"
                + " where cb.created_at >= :from and cb.created_at < :to" + stationIn("cb.station_code", scope), p);
        BigDecimal recoveredInMonth = money(sql.one("select sum(r.amount) as total from claim_recovery r"
                + " join claim cl on cl.case_no = r.claim_case_no where r.recorded_at >= :from and r.recorded_at < :to"
                + station, p).get("total"));

        List<Figure> summary = new ArrayList<>();
        summary.add(t.figure("filed", "report.claims-monthly.filed", filed));
        summary.add(t.figure("paid", "report.claims-monthly.paid", asLong(payments.get("n"))));
        summary.add(t.figure("payoutTotal", "report.claims-monthly.payout-total", money(payments.get("total"))));
        summary.add(t.figure("refused", "report.claims-monthly.refused", refused));
        summary.add(t.figure("timeBarred", "report.claims-monthly.time-barred",
                finished.getOrDefault("TIME_BARRED", 0L)));
        summary.add(t.figure("abandoned", "report.claims-monthly.abandoned", finished.getOrDefault("ABANDONED", 0L)));
        summary.add(t.figure("unresolved", "report.claims-monthly.unresolved",
                finished.getOrDefault("UNRESOLVED", 0L)));
        summary.add(t.figure("settled", "report.claims-monthly.settled", finished.getOrDefault("SETTLED", 0L)));
        summary.add(t.figure("avgDaysToPayment", "report.claims-monthly.avg-days-to-payment", toPayment.averageDays()));
        summary.add(t.figure("settlementBreaches", "report.claims-monthly.settlement-breaches", settlementBreaches));
        summary.add(t.figure("disputeRounds", "report.claims-monthly.dispute-rounds", asLong(disputes.get("n"))));
        summary.add(t.figure("disputedClaims", "report.claims-monthly.disputed-claims",
                asLong(disputes.get("claims"))));
        summary.add(t.figure("chargebacks", "report.claims-monthly.chargebacks", asLong(chargebacks.get("n"))));
        summary.add(t.figure("chargebackTotal", "report.claims-monthly.chargeback-total",
                money(chargebacks.get("total"))));
        summary.add(t.absent("chargebackCollected", "report.claims-monthly.chargeback-collected"));
        summary.add(t.figure("recoveredInMonth", "report.claims-monthly.recovered-in-month", recoveredInMonth));

        List<Section> sections = new ArrayList<>();
        sections.add(breakdown(Section.builder(t, "byLossType", "report.claims-monthly.by-loss-type")
                .column("lossType", "report.column.loss-type-code").column("label", "report.column.loss-type"),
                "cl.loss_type", t.lossTypes(), paid, p));
        sections.add(breakdown(Section.builder(t, "byServiceType", "report.claims-monthly.by-service-type")
                .column("serviceType", "report.column.service-type-code").column("label", "report.column.service-type"),
                "cl.service_type", t.labels("report.service-type.", SERVICE_TYPES), paid, p));
        sections.add(breakdown(Section.builder(t, "byInsurance", "report.claims-monthly.by-insurance")
                .column("insured", "report.column.insured-code").column("label", "report.column.insured"),
                "case when cl.insured = true then 'INSURED' else 'UNINSURED' end",
                t.labels("report.insurance.", INSURANCE), paid, p));
        sections.add(breakdown(Section.builder(t, "byResponsibleParty", "report.claims-monthly.by-responsible-party")
                .column("party", "report.column.party-code").column("label", "report.column.party"),
                "cl.responsible_party", t.responsibleParties(), paid, p));
        sections.add(breakdown(Section.builder(t, "byApprovalLevel", "report.claims-monthly.by-approval-level")
                .column("approvalLevel", "report.column.approval-level-code")
                .column("label", "report.column.approval-level"),
                "cl.approval_level", t.labels("report.approval-level.", APPROVAL_LEVELS), paid, p));
        sections.add(recoveriesPerStation(t, p, scope));
        return new Report(ReportKind.CLAIMS_MONTHLY, month, scope.stations(), clock.instant(), !scope.fullNames(),
                summary, sections, locale);
    }

    /**
     * Payments of the month grouped by one claim attribute: count and amount, every known value listed.
     *
     * @param section the section with its code and label columns
     */
    private Section breakdown(Section.Builder section, String expression, Map<String, String> labels, String paid,
            MapSqlParameterSource p) {
        Map<String, Object[]> found = new LinkedHashMap<>();
        for (Map<String, Object> row : sql.rows("select k, count(*) as n, sum(amount) as total from (select " + expression
                + " as k, pay.amount as amount" + paid + ") t group by k", p)) {
            found.put(row.get("k") == null ? "" : row.get("k").toString(),
                    new Object[] {asLong(row.get("n")), money(row.get("total"))});
        }
        section.column("paid", "report.column.payments").column("amount", "report.column.amount-paid");
        for (Map.Entry<String, String> label : labels.entrySet()) {
            Object[] values = found.remove(label.getKey());
            section.row(label.getKey(), label.getValue(), values == null ? 0L : values[0],
                    values == null ? money(null) : values[1]);
        }
        found.forEach((k, values) -> section.row(k, k, values[0], values[1]));
        return section.build();
    }

    /**
     * Per station: chargebacks booked in the month (requested from the station), and for claims paid
     * in the month that the insurer or linehaul carrier must pay back, what is due, what has been
     * recovered so far and what is outstanding.
     */
    private Section recoveriesPerStation(ReportTexts t, MapSqlParameterSource p, ReportScope scope) {
        Map<String, Object[]> perStation = new TreeMap<>();
        for (Map<String, Object> row : sql.rows("select cb.station_code as code, count(*) as n, sum(cb.amount) as total"
                + " from claim_chargeback cb where cb.created_at >= :from and cb.created_at < :to"
                + stationIn("cb.station_code", scope) + " group by cb.station_code", p)) {
            Object[] values = perStation.computeIfAbsent(text(row.get("code")), k -> empty());
            values[0] = asLong(row.get("n"));
            values[1] = money(row.get("total"));
        }
        for (Map<String, Object> row : sql.rows("select cl.station_code as code, count(*) as n, sum(pay.amount) as due,"
                + " sum(r.amount) as recovered from claim_payment pay join claim cl on cl.case_no = pay.claim_case_no"
                + " left join claim_recovery r on r.claim_case_no = cl.case_no"
                + " where pay.paid_at >= :from and pay.paid_at < :to and pay.amount > 0"
                + " and (cl.responsible_party = 'LINEHAUL' or cl.insured = true)" + stationIn("cl.station_code", scope)
                + " group by cl.station_code", p)) {
            Object[] values = perStation.computeIfAbsent(text(row.get("code")), k -> empty());
            values[2] = asLong(row.get("n"));
            values[3] = money(row.get("due"));
            values[4] = money(row.get("recovered"));
        }
        Map<String, String> names = new java.util.HashMap<>();
        sql.rows("select code, name from station", new MapSqlParameterSource())
                .forEach(row -> names.put(text(row.get("code")), text(row.get("name"))));
        Section.Builder section = Section.builder(t, "recoveriesByStation", "report.claims-monthly.recoveries-by-station")
                .column("station", "report.column.station-code").column("name", "report.column.station")
                .column("chargebacks", "report.column.chargebacks")
                .column("chargebackAmount", "report.column.chargeback-amount")
                .column("recoveryClaims", "report.column.recovery-claims")
                .column("recoveryDue", "report.column.recovery-due").column("recovered", "report.column.recovered")
                .column("outstanding", "report.column.outstanding");
        perStation.forEach((code, v) -> section.row(code, names.get(code), v[0], v[1], v[2], v[3], v[4],
                ((BigDecimal) v[3]).subtract((BigDecimal) v[4])));
        return section.build();
    }

    private static Object[] empty() {
        return new Object[] {0L, money(null), 0L, money(null), money(null)};
    }
}
