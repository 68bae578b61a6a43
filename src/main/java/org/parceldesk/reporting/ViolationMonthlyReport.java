package org.parceldesk.reporting;

import static org.parceldesk.reporting.ReportSql.asLong;
import static org.parceldesk.reporting.ReportSql.money;
import static org.parceldesk.reporting.ReportSql.stationIn;
import static org.parceldesk.reporting.ReportSql.text;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parceldesk.violation.AppealOutcome;
import org.parceldesk.violation.Severity;
import org.parceldesk.violation.ViolationSource;
import org.parceldesk.violation.ViolationType;
import org.springframework.context.MessageSource;
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

    private final ReportSql sql;
    private final Clock clock;
    private final MessageSource messages;

    ViolationMonthlyReport(ReportSql sql, Clock clock, MessageSource messages) {
        this.sql = sql;
        this.clock = clock;
        this.messages = messages;
    }

    @Transactional(readOnly = true, isolation = Isolation.READ_COMMITTED)
    public Report build(ReportPeriod month, ReportScope scope, Locale locale) {
        ReportTexts t = new ReportTexts(messages, locale);
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
        summary.add(t.figure("registered", "report.column.registered-in-month", registeredCount));
        summary.add(t.figure("upheld", "report.violations-monthly.upheld", decisions.getOrDefault("UPHELD", 0L)));
        summary.add(t.figure("cleared", "report.violations-monthly.cleared", decisions.getOrDefault("CLEARED", 0L)));
        summary.add(t.figure("booked", "report.violations-monthly.booked", asLong(ledger.get("n"))));
        summary.add(t.figure("finesTotal", "report.violations-monthly.fines-total", money(ledger.get("fines"))));
        summary.add(t.figure("pointsTotal", "report.violations-monthly.points-total", asLong(ledger.get("points"))));
        summary.add(t.figure("warnings", "report.column.warnings", asLong(ledger.get("warnings"))));
        summary.add(t.figure("trainings", "report.column.trainings", asLong(ledger.get("trainings"))));
        summary.add(t.figure("fines", "report.column.fines", asLong(ledger.get("fined"))));
        summary.add(t.figure("suspensions", "report.violations-monthly.suspensions",
                asLong(ledger.get("suspensions"))));
        summary.add(t.figure("suspensionDays", "report.column.suspension-days", asLong(ledger.get("suspension_days"))));
        summary.add(t.figure("dismissalReviews", "report.violations-monthly.dismissal-reviews",
                asLong(ledger.get("dismissal_reviews"))));
        summary.add(t.figure("appealsFiled", "report.violations-monthly.appeals-filed", appealsFiled));
        for (AppealOutcome outcome : AppealOutcome.values()) {
            summary.add(Figure.of("appeal" + capitalized(outcome.name()), t.get("report.violations-monthly.appeal",
                    t.label(outcome)), appealOutcomes.getOrDefault(outcome.name(), 0L)));
        }
        summary.add(t.absent("rewards", "report.violations-monthly.rewards"));

        List<Section> sections = new ArrayList<>();
        Map<String, Long> byType = sql.counts("select v.violation_type as k, count(*) as n" + registered
                + " group by v.violation_type", p);
        Section.Builder types = Section.builder(t, "byType", "report.violations-monthly.by-type")
                .column("type", "report.column.type-code").column("label", "report.column.violation-type")
                .column("registered", "report.column.registered");
        for (ViolationType type : ViolationType.values()) {
            types.row(type.name(), t.label(type), byType.getOrDefault(type.name(), 0L));
        }
        sections.add(types.build());

        Map<String, Long> bySource = sql.counts("select v.source as k, count(*) as n" + registered + " group by v.source", p);
        Section.Builder sources = Section.builder(t, "bySource", "report.violations-monthly.by-source")
                .column("source", "report.column.source-code").column("label", "report.column.source")
                .column("registered", "report.column.registered");
        for (ViolationSource source : ViolationSource.values()) {
            sources.row(source.name(), t.get("report.source." + source.name()), bySource.getOrDefault(source.name(), 0L));
        }
        sections.add(sources.build());

        Map<String, Long> bySeverity = sql.counts("select v.severity as k, count(*) as n" + decided
                + " and v.decision = 'UPHELD' group by v.severity", p);
        Section.Builder severities = Section.builder(t, "bySeverity", "report.violations-monthly.by-severity")
                .column("severity", "report.column.severity-code").column("label", "report.column.severity")
                .column("upheld", "report.column.upheld-count");
        for (Severity severity : Severity.values()) {
            severities.row(severity.name(), t.label(severity), bySeverity.getOrDefault(severity.name(), 0L));
        }
        sections.add(severities.build());

        Map<String, Long> registeredPerStation = sql.counts("select v.station_code as k, count(*) as n" + registered
                + " group by v.station_code", p);
        Section.Builder stations = Section.builder(t, "byStation", "report.violations-monthly.by-station")
                .column("station", "report.column.station-code").column("name", "report.column.station")
                .column("registered", "report.column.registered-in-month")
                .column("booked", "report.column.booked-in-month").column("upheld", "report.column.upheld")
                .column("cleared", "report.column.cleared").column("fineTotal", "report.column.fine-total")
                .column("points", "report.column.points").column("suspensionDays", "report.column.suspension-days");
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

        Section.Builder couriers = Section.builder(t, "byCourier", "report.violations-monthly.by-courier")
                .column("courier", "report.column.employee-no").column("name", "report.column.name")
                .column("station", "report.column.station-code").column("booked", "report.column.cases-booked")
                .column("upheld", "report.column.upheld").column("cleared", "report.column.cleared")
                .column("warnings", "report.column.warnings").column("trainings", "report.column.trainings")
                .column("fines", "report.column.fines").column("fineTotal", "report.column.fine-total")
                .column("points", "report.column.points").column("suspensionDays", "report.column.suspension-days");
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
                summary, sections, locale);
    }

    private static String capitalized(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
