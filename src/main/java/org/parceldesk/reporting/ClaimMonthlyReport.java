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
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
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

    private static final Map<String, String> LOSS_TYPES = ClaimLabels.LOSS_TYPES;
    private static final Map<String, String> SERVICE_TYPES = ClaimLabels.labels("SAME_CITY", "同城", "DOMESTIC", "国内异地",
            "INTERNATIONAL", "国际");
    private static final Map<String, String> APPROVAL_LEVELS = ClaimLabels.labels("AUTO", "自动审批", "SUPERVISOR", "理赔主管",
            "MANAGER", "理赔经理", "", "未经审批");

    private final ReportSql sql;
    private final Clock clock;
    private final String settlementSla;

    ClaimMonthlyReport(ReportSql sql, Clock clock,
            @Value("${parceldesk.reporting.claim-settlement-sla:claim-settlement}") String settlementSla) {
        this.sql = sql;
        this.clock = clock;
        this.settlementSla = settlementSla;
    }

    @Transactional(readOnly = true, isolation = Isolation.READ_COMMITTED)
    public Report build(ReportPeriod month, ReportScope scope) {
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
        summary.add(Figure.of("filed", "本月受理", filed));
        summary.add(Figure.of("paid", "本月赔付件数", asLong(payments.get("n"))));
        summary.add(Figure.of("payoutTotal", "赔付总额(元)", money(payments.get("total"))));
        summary.add(Figure.of("refused", "免赔结案(不予赔付)", refused));
        summary.add(Figure.of("timeBarred", "超时效驳回", finished.getOrDefault("TIME_BARRED", 0L)));
        summary.add(Figure.of("abandoned", "材料逾期撤销", finished.getOrDefault("ABANDONED", 0L)));
        summary.add(Figure.of("unresolved", "争议未决结案", finished.getOrDefault("UNRESOLVED", 0L)));
        summary.add(Figure.of("settled", "本月结案(已赔付或零赔付)", finished.getOrDefault("SETTLED", 0L)));
        summary.add(Figure.of("avgDaysToPayment", "平均赔付天数", toPayment.averageDays()));
        summary.add(Figure.of("settlementBreaches", "结案超时(30天)", settlementBreaches));
        summary.add(Figure.of("disputeRounds", "客户异议次数", asLong(disputes.get("n"))));
        summary.add(Figure.of("disputedClaims", "有异议的理赔件", asLong(disputes.get("claims"))));
        summary.add(Figure.of("chargebacks", "网点扣款笔数", asLong(chargebacks.get("n"))));
        summary.add(Figure.of("chargebackTotal", "网点扣款金额(元)", money(chargebacks.get("total"))));
        summary.add(Figure.absent("chargebackCollected", "网点扣款实收(元)",
                "ParcelDesk books chargebacks; their collection is settled in the finance system and not recorded here"));
        summary.add(Figure.of("recoveredInMonth", "本月保险/承运商追回(元)", recoveredInMonth));

        List<Section> sections = new ArrayList<>();
        sections.add(breakdown("byLossType", "按损失类型", "lossType", "损失类型", "cl.loss_type", LOSS_TYPES, paid, p));
        sections.add(breakdown("byServiceType", "按产品类型", "serviceType", "产品类型", "cl.service_type", SERVICE_TYPES,
                paid, p));
        sections.add(breakdown("byInsurance", "保价与非保价", "insured", "是否保价",
                "case when cl.insured = true then 'INSURED' else 'UNINSURED' end",
                ClaimLabels.labels("INSURED", "保价", "UNINSURED", "未保价"), paid, p));
        sections.add(breakdown("byResponsibleParty", "事故原因(责任方)分析", "party", "责任方", "cl.responsible_party",
                ComplaintWeeklyReport.PARTY_LABELS, paid, p));
        sections.add(breakdown("byApprovalLevel", "审批层级", "approvalLevel", "审批层级", "cl.approval_level",
                APPROVAL_LEVELS, paid, p));
        sections.add(recoveriesPerStation(p, scope));
        return new Report(ReportKind.CLAIMS_MONTHLY, month, scope.stations(), clock.instant(), !scope.fullNames(),
                summary, sections);
    }

    /** Payments of the month grouped by one claim attribute: count and amount, every known value listed. */
    private Section breakdown(String key, String title, String column, String header, String expression,
            Map<String, String> labels, String paid, MapSqlParameterSource p) {
        Map<String, Object[]> found = new LinkedHashMap<>();
        for (Map<String, Object> row : sql.rows("select k, count(*) as n, sum(amount) as total from (select " + expression
                + " as k, pay.amount as amount" + paid + ") t group by k", p)) {
            found.put(row.get("k") == null ? "" : row.get("k").toString(),
                    new Object[] {asLong(row.get("n")), money(row.get("total"))});
        }
        Section.Builder section = Section.builder(key, title).column(column, header + "代码").column("label", header)
                .column("paid", "赔付件数").column("amount", "赔付金额(元)");
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
    private Section recoveriesPerStation(MapSqlParameterSource p, ReportScope scope) {
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
        Section.Builder section = Section.builder("recoveriesByStation", "追偿与扣款(按网点)")
                .column("station", "网点代码").column("name", "网点").column("chargebacks", "扣款笔数")
                .column("chargebackAmount", "扣款金额(元)").column("recoveryClaims", "需保险/承运商追偿件数")
                .column("recoveryDue", "应追偿金额(元)").column("recovered", "已追回(元)").column("outstanding", "待追回(元)");
        perStation.forEach((code, v) -> section.row(code, names.get(code), v[0], v[1], v[2], v[3], v[4],
                ((BigDecimal) v[3]).subtract((BigDecimal) v[4])));
        return section.build();
    }

    private static Object[] empty() {
        return new Object[] {0L, money(null), 0L, money(null), money(null)};
    }
}
