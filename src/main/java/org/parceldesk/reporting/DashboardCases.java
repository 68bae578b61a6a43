package org.parceldesk.reporting;

import org.parceldesk.common.Messages;
import static org.parceldesk.reporting.ReportSql.stationIn;
import static org.parceldesk.reporting.ReportSql.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parceldesk.common.ApiProblem;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case list behind a chart (drill-down): complaints received, complaints closed, claims paid,
 * violations registered in the range, narrowed by the clicked bar's code. Shows case numbers and
 * codes only, no customer data.
 */
@Component
class DashboardCases {

    enum Kind {
        COMPLAINT(ReportKind.COMPLAINTS_WEEKLY, "report.dashboard.cases.complaint"),
        COMPLAINT_CLOSED(ReportKind.COMPLAINTS_WEEKLY, "report.dashboard.cases.complaint-closed"),
        CLAIM_PAID(ReportKind.CLAIMS_MONTHLY, "report.dashboard.cases.claim-paid"),
        VIOLATION(ReportKind.VIOLATIONS_MONTHLY, "report.dashboard.cases.violation");

        final ReportKind report;
        /** The list's heading (message bundles). */
        final String labelKey;

        Kind(ReportKind report, String labelKey) {
            this.report = report;
            this.labelKey = labelKey;
        }

        static Kind parse(String text) {
            for (Kind kind : values()) {
                if (kind.name().replace('_', '-').equalsIgnoreCase(text)) {
                    return kind;
                }
            }
            throw ApiProblem.invalid("kind", Messages.forReader("report.problem.dashboard-kind"));
        }
    }

    private final ReportSql sql;

    DashboardCases(ReportSql sql) {
        this.sql = sql;
    }

    /**
     * @param filter the column the clicked chart groups by (category, station, courier, lossType, party), or null
     */
    @Transactional(readOnly = true, isolation = Isolation.READ_COMMITTED)
    public List<CaseLine> list(Kind kind, ReportPeriod range, ReportScope scope, String filter, String value, int limit) {
        MapSqlParameterSource p = ReportSql.params(range, scope).addValue("value", value == null ? "" : value);
        String query = switch (kind) {
            case COMPLAINT, COMPLAINT_CLOSED -> {
                String at = kind == Kind.COMPLAINT ? "c.received_at" : "c.closed_at";
                yield "select c.case_no as case_no, " + at + " as at, c.status as status, c.category as code,"
                        + " c.station_code as station, c.courier_no as courier, null as amount from complaint c"
                        + " where " + at + " >= :from and " + at + " < :to" + stationIn("c.station_code", scope)
                        + condition(filter, Map.of("category", "c.category", "station", "c.station_code",
                                "party", "c.responsible_party")) + " order by " + at + " desc, c.case_no";
            }
            case CLAIM_PAID -> "select cl.case_no as case_no, pay.paid_at as at, cl.status as status, cl.loss_type as code,"
                    + " cl.station_code as station, cl.courier_no as courier, pay.amount as amount"
                    + " from claim_payment pay join claim cl on cl.case_no = pay.claim_case_no"
                    + " where pay.paid_at >= :from and pay.paid_at < :to" + stationIn("cl.station_code", scope)
                    + condition(filter, Map.of("lossType", "cl.loss_type", "party", "cl.responsible_party",
                            "station", "cl.station_code")) + " order by pay.paid_at desc, cl.case_no";
            case VIOLATION -> "select v.case_no as case_no, v.registered_at as at, v.status as status,"
                    + " v.violation_type as code, v.station_code as station, v.courier_no as courier, v.fine_amount as amount"
                    + " from violation v where v.registered_at >= :from and v.registered_at < :to"
                    + stationIn("v.station_code", scope)
                    + condition(filter, Map.of("station", "v.station_code", "courier", "v.courier_no",
                            "type", "v.violation_type")) + " order by v.registered_at desc, v.case_no";
        };
        List<CaseLine> lines = new ArrayList<>();
        for (Map<String, Object> row : sql.rows(query + " limit " + limit, p)) {
            Object amount = row.get("amount");
            lines.add(new CaseLine(text(row.get("case_no")), ReportSql.instant(row.get("at")), text(row.get("status")),
                    text(row.get("code")), text(row.get("station")), text(row.get("courier")),
                    amount == null ? null : ReportSql.money(amount)));
        }
        return lines;
    }

    /** The clicked bar's condition; an empty value means "not set" (e.g. no responsible party yet). */
    private static String condition(String filter, Map<String, String> columns) {
        if (filter == null || filter.isBlank()) {
            return "";
        }
        String column = columns.get(filter);
        if (column == null) {
            throw ApiProblem.invalid("filter",
                    Messages.forReader("report.problem.dashboard-filter", new java.util.TreeSet<>(columns.keySet())));
        }
        return " and (" + column + " = :value or (:value = '' and " + column + " is null))";
    }
}
