package org.parceldesk.reporting;

import static org.parceldesk.reporting.ReportSql.asLong;
import static org.parceldesk.reporting.ReportSql.money;
import static org.parceldesk.reporting.ReportSql.stationIn;
import static org.parceldesk.reporting.ReportSql.text;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parceldesk.violation.AppealOutcome;
import org.parceldesk.violation.Severity;
import org.parceldesk.violation.ViolationSource;
import org.parceldesk.violation.ViolationType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 每月监察奖罚明细报表: violations registered and decided in the month by type, severity, source
 * and station; what the courier ledger booked (fines, points, suspensions); appeals and their
 * outcomes; and the reward/penalty detail per courier and per station.
 */
@Component
class ViolationMonthlyReport {

    private static final Map<String, String> SOURCES = Map.of("COMPLAINT", "投诉", "CLAIM", "理赔", "INSPECTION", "监察",
            "MONITORING", "车辆监控(北斗/GPS)", "MANUAL", "人工登记");

    private final ReportSql sql;
    private final Clock clock;

    ViolationMonthlyReport(ReportSql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Transactional(readOnly = true, isolation = Isolation.READ_COMMITTED)
    public Report build(ReportPeriod month, ReportScope scope) {
        MapSqlParameterSource p = ReportSql.params(month, scope);
        String station = stationIn("v.station_code", scope);
        String registered = " from violation v where v.registered_at >= :from and v.registered_at < :to" + station;
        String decided = " from violation v where v.decided_at >= :from and v.decided_at < :to" + station;
        String booked = " from courier_ledger_entry l where l.booked_at >= :from and l.booked_at < :to"
                + stationIn("l.station_code", scope);

        long registeredCount = sql.count("select count(*)" + registered, p);
        Map<String, Long> decisions = sql.counts("select v.decision as k, count(*) as n" + decided + " group by v.decision", p);
        Map<String, Object> ledger = sql.one("select count(*) as n, sum(l.fine_amount) as fines, sum(l.points) as points,"
                + " sum(l.suspension_days) as suspension_days,"
                + " sum(case when l.cleared = true then 1 else 0 end) as cleared,"
                + " sum(case when l.measure = 'SUSPENSION' then 1 else 0 end) as suspensions,"
                + " sum(case when l.measure = 'FINE' then 1 else 0 end) as fined,"
                + " sum(case when l.measure = 'WARNING' then 1 else 0 end) as warnings,"
                + " sum(case when l.measure = 'TRAINING' then 1 else 0 end) as trainings,"
                + " sum(case when l.measure = 'DISMISSAL_REVIEW' then 1 else 0 end) as dismissal_reviews" + booked, p);
        long appealsFiled = sql.count("select count(*) from violation v where v.appealed_at >= :from and v.appealed_at < :to"
                + station, p);
        Map<String, Long> appealOutcomes = sql.counts("select v.appeal_outcome as k, count(*) as n from violation v"
                + " where v.appeal_decided_at >= :from and v.appeal_decided_at < :to" + station
                + " group by v.appeal_outcome", p);

        List<Figure> summary = new ArrayList<>();
        summary.add(Figure.of("registered", "本月登记", registeredCount));
        summary.add(Figure.of("upheld", "本月裁定成立", decisions.getOrDefault("UPHELD", 0L)));
        summary.add(Figure.of("cleared", "本月裁定不成立", decisions.getOrDefault("CLEARED", 0L)));
        summary.add(Figure.of("booked", "本月入账(结案)", asLong(ledger.get("n"))));
        summary.add(Figure.of("finesTotal", "罚款合计(元)", money(ledger.get("fines"))));
        summary.add(Figure.of("pointsTotal", "记分合计", asLong(ledger.get("points"))));
        summary.add(Figure.of("warnings", "警告", asLong(ledger.get("warnings"))));
        summary.add(Figure.of("trainings", "培训", asLong(ledger.get("trainings"))));
        summary.add(Figure.of("fines", "罚款笔数", asLong(ledger.get("fined"))));
        summary.add(Figure.of("suspensions", "停岗", asLong(ledger.get("suspensions"))));
        summary.add(Figure.of("suspensionDays", "停岗天数", asLong(ledger.get("suspension_days"))));
        summary.add(Figure.of("dismissalReviews", "解聘评审", asLong(ledger.get("dismissal_reviews"))));
        summary.add(Figure.of("appealsFiled", "本月申诉", appealsFiled));
        for (AppealOutcome outcome : AppealOutcome.values()) {
            summary.add(Figure.of("appeal" + capitalized(outcome.name()), "申诉" + outcome.label(),
                    appealOutcomes.getOrDefault(outcome.name(), 0L)));
        }
        summary.add(Figure.absent("rewards", "奖励", "ParcelDesk records penalties only; rewards are not recorded"));

        List<Section> sections = new ArrayList<>();
        Map<String, Long> byType = sql.counts("select v.violation_type as k, count(*) as n" + registered
                + " group by v.violation_type", p);
        Section.Builder types = Section.builder("byType", "按违规类型(本月登记)").column("type", "类型代码")
                .column("label", "违规类型").column("registered", "登记数");
        for (ViolationType type : ViolationType.values()) {
            types.row(type.name(), type.label(), byType.getOrDefault(type.name(), 0L));
        }
        sections.add(types.build());

        Map<String, Long> bySource = sql.counts("select v.source as k, count(*) as n" + registered + " group by v.source", p);
        Section.Builder sources = Section.builder("bySource", "按来源(本月登记)").column("source", "来源代码")
                .column("label", "来源").column("registered", "登记数");
        for (ViolationSource source : ViolationSource.values()) {
            sources.row(source.name(), SOURCES.get(source.name()), bySource.getOrDefault(source.name(), 0L));
        }
        sections.add(sources.build());

        Map<String, Long> bySeverity = sql.counts("select v.severity as k, count(*) as n" + decided
                + " and v.decision = 'UPHELD' group by v.severity", p);
        Section.Builder severities = Section.builder("bySeverity", "按严重程度(本月裁定成立)").column("severity", "程度代码")
                .column("label", "严重程度").column("upheld", "成立数");
        for (Severity severity : Severity.values()) {
            severities.row(severity.name(), severity.label(), bySeverity.getOrDefault(severity.name(), 0L));
        }
        sections.add(severities.build());

        Map<String, Long> registeredPerStation = sql.counts("select v.station_code as k, count(*) as n" + registered
                + " group by v.station_code", p);
        Section.Builder stations = Section.builder("byStation", "奖罚明细(按网点)").column("station", "网点代码")
                .column("name", "网点").column("registered", "本月登记").column("booked", "本月入账")
                .column("upheld", "成立").column("cleared", "不成立/撤销").column("fineTotal", "罚款(元)")
                .column("points", "记分").column("suspensionDays", "停岗天数");
        Map<String, Map<String, Object>> ledgerPerStation = new java.util.TreeMap<>();
        for (Map<String, Object> row : sql.rows("select l.station_code as code, count(*) as n,"
                + " sum(case when l.cleared = true then 1 else 0 end) as cleared, sum(l.fine_amount) as fines,"
                + " sum(l.points) as points, sum(l.suspension_days) as suspension_days" + booked
                + " group by l.station_code", p)) {
            ledgerPerStation.put(text(row.get("code")), row);
        }
        java.util.SortedSet<String> stationCodes = new java.util.TreeSet<>(ledgerPerStation.keySet());
        stationCodes.addAll(registeredPerStation.keySet());
        Map<String, String> names = new java.util.HashMap<>();
        sql.rows("select code, name from station", new MapSqlParameterSource())
                .forEach(row -> names.put(text(row.get("code")), text(row.get("name"))));
        for (String code : stationCodes) {
            Map<String, Object> row = ledgerPerStation.getOrDefault(code, Map.of());
            long n = asLong(row.get("n"));
            long clearedCount = asLong(row.get("cleared"));
            stations.row(code, names.get(code), registeredPerStation.getOrDefault(code, 0L), n, n - clearedCount,
                    clearedCount, money(row.get("fines")), asLong(row.get("points")), asLong(row.get("suspension_days")));
        }
        sections.add(stations.build());

        Section.Builder couriers = Section.builder("byCourier", "奖罚明细(按快递员)").column("courier", "工号")
                .column("name", "姓名").column("station", "网点代码").column("booked", "入账案件")
                .column("upheld", "成立").column("cleared", "不成立/撤销").column("warnings", "警告")
                .column("trainings", "培训").column("fines", "罚款笔数").column("fineTotal", "罚款(元)")
                .column("points", "记分").column("suspensionDays", "停岗天数");
        for (Map<String, Object> row : sql.rows("select l.courier_no as code, co.name as name, l.station_code as station,"
                + " count(*) as n, sum(case when l.cleared = true then 1 else 0 end) as cleared,"
                + " sum(case when l.measure = 'WARNING' then 1 else 0 end) as warnings,"
                + " sum(case when l.measure = 'TRAINING' then 1 else 0 end) as trainings,"
                + " sum(case when l.measure = 'FINE' then 1 else 0 end) as fined,"
                + " sum(l.fine_amount) as fines, sum(l.points) as points, sum(l.suspension_days) as suspension_days"
                + " from courier_ledger_entry l left join courier co on co.employee_no = l.courier_no"
                + " where l.booked_at >= :from and l.booked_at < :to" + stationIn("l.station_code", scope)
                + " group by l.courier_no, co.name, l.station_code order by l.station_code, l.courier_no", p)) {
            long n = asLong(row.get("n"));
            long clearedCount = asLong(row.get("cleared"));
            couriers.row(text(row.get("code")), ComplaintWeeklyReport.name(text(row.get("name")), scope),
                    text(row.get("station")), n, n - clearedCount, clearedCount, asLong(row.get("warnings")),
                    asLong(row.get("trainings")), asLong(row.get("fined")), money(row.get("fines")),
                    asLong(row.get("points")), asLong(row.get("suspension_days")));
        }
        sections.add(couriers.build());
        return new Report(ReportKind.VIOLATIONS_MONTHLY, month, scope.stations(), clock.instant(), !scope.fullNames(),
                summary, sections);
    }

    private static String capitalized(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
