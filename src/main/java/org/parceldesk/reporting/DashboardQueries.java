package org.parceldesk.reporting;

import static org.parceldesk.reporting.ReportSql.asLong;
import static org.parceldesk.reporting.ReportSql.money;
import static org.parceldesk.reporting.ReportSql.rate;
import static org.parceldesk.reporting.ReportSql.stationIn;
import static org.parceldesk.reporting.ReportSql.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parceldesk.complaint.ComplaintCategory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's chart series: the same aggregate SQL as the reports, over a free date range.
 * Days are counted from the range's first local midnight, so that a day is a Beijing day.
 */
@Component
class DashboardQueries {

    /** One bar or slice: a code for the drill-down link, a label in the reader's language, a value. */
    record Point(String key, String label, Object value) {
    }

    /** One day of the SLA trend. */
    record Day(String day, long closed, java.math.BigDecimal resolutionCompliance, long received,
            java.math.BigDecimal firstContactCompliance) {
    }

    private final ReportSql sql;
    private final ReportingProperties properties;

    DashboardQueries(ReportSql sql, ReportingProperties properties) {
        this.sql = sql;
        this.properties = properties;
    }

    @Transactional(readOnly = true, isolation = Isolation.READ_COMMITTED)
    public Map<String, Object> complaints(ReportPeriod range, ReportScope scope, ReportTexts texts) {
        MapSqlParameterSource p = ReportSql.params(range, scope);
        String station = stationIn("c.station_code", scope);
        Map<String, Long> byCategory = sql.counts("select c.category as k, count(*) as n from complaint c"
                + " where c.received_at >= :from and c.received_at < :to" + station + " group by c.category", p);
        List<Point> categories = new ArrayList<>();
        for (ComplaintCategory category : ComplaintCategory.values()) {
            categories.add(new Point(category.name(), texts.label(category), byCategory.getOrDefault(category.name(), 0L)));
        }
        List<Point> stations = new ArrayList<>();
        for (Map<String, Object> row : sql.rows("select c.station_code as code, s.name as name, count(*) as n"
                + " from complaint c left join station s on s.code = c.station_code"
                + " where c.received_at >= :from and c.received_at < :to" + station
                + " group by c.station_code, s.name order by n desc, code", p)) {
            stations.add(new Point(text(row.get("code")), label(row), asLong(row.get("n"))));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("byCategory", categories);
        result.put("byStation", stations);
        result.put("slaTrend", slaTrend(range, scope, p, station));
        return result;
    }

    private List<Day> slaTrend(ReportPeriod range, ReportScope scope, MapSqlParameterSource p, String station) {
        Map<Long, long[]> closed = new java.util.HashMap<>();
        for (Map<String, Object> row : sql.rows("select d, count(*) as n, sum(ok) as ok from (select"
                + " floor(timestampdiff(SECOND, :from, c.closed_at) / 86400) as d,"
                + " case when c.resolution_breached = false then 1 else 0 end as ok"
                + " from complaint c where c.closed_at >= :from and c.closed_at < :to" + station + ") t group by d", p)) {
            closed.put(asLong(row.get("d")), new long[] {asLong(row.get("n")), asLong(row.get("ok"))});
        }
        Map<Long, long[]> received = new java.util.HashMap<>();
        for (Map<String, Object> row : sql.rows("select d, count(*) as n, sum(due) as due, sum(ok) as ok from (select"
                + " floor(timestampdiff(SECOND, :from, c.received_at) / 86400) as d,"
                + " case when c.first_contacted_at is not null or c.first_contact_breached = true then 1 else 0 end as due,"
                + " case when c.first_contacted_at is not null and c.first_contact_breached = false then 1 else 0 end as ok"
                + " from complaint c where c.received_at >= :from and c.received_at < :to" + station + ") t group by d", p)) {
            received.put(asLong(row.get("d")), new long[] {asLong(row.get("n")), asLong(row.get("due")), asLong(row.get("ok"))});
        }
        List<Day> days = new ArrayList<>();
        for (long d = 0; d < range.days(); d++) {
            long[] c = closed.getOrDefault(d, new long[2]);
            long[] r = received.getOrDefault(d, new long[3]);
            days.add(new Day(range.firstDay().plusDays(d).toString(), c[0], rate(c[1], c[0]), r[0], rate(r[2], r[1])));
        }
        return days;
    }

    @Transactional(readOnly = true, isolation = Isolation.READ_COMMITTED)
    public Map<String, Object> payouts(ReportPeriod range, ReportScope scope, ReportTexts texts) {
        MapSqlParameterSource p = ReportSql.params(range, scope);
        String paid = " from claim_payment pay join claim cl on cl.case_no = pay.claim_case_no"
                + " where pay.paid_at >= :from and pay.paid_at < :to" + stationIn("cl.station_code", scope);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("byLossType", amounts("cl.loss_type", paid, p, texts.lossTypes()));
        result.put("byResponsibleParty", amounts("cl.responsible_party", paid, p, texts.responsibleParties()));
        return result;
    }

    private List<Point> amounts(String column, String paid, MapSqlParameterSource p, Map<String, String> labels) {
        List<Point> points = new ArrayList<>();
        for (Map<String, Object> row : sql.rows("select " + column + " as k, sum(pay.amount) as total" + paid
                + " group by " + column + " order by total desc", p)) {
            String key = row.get("k") == null ? "" : row.get("k").toString();
            points.add(new Point(key, labels.getOrDefault(key, key), money(row.get("total"))));
        }
        return points;
    }

    @Transactional(readOnly = true, isolation = Isolation.READ_COMMITTED)
    public Map<String, Object> violations(ReportPeriod range, ReportScope scope) {
        MapSqlParameterSource p = ReportSql.params(range, scope);
        String registered = " where v.registered_at >= :from and v.registered_at < :to" + stationIn("v.station_code", scope);
        List<Point> stations = new ArrayList<>();
        for (Map<String, Object> row : sql.rows("select v.station_code as code, s.name as name, count(*) as n"
                + " from violation v left join station s on s.code = v.station_code" + registered
                + " group by v.station_code, s.name order by n desc, code limit " + properties.topN(), p)) {
            stations.add(new Point(text(row.get("code")), label(row), asLong(row.get("n"))));
        }
        List<Point> couriers = new ArrayList<>();
        for (Map<String, Object> row : sql.rows("select v.courier_no as code, co.name as name, count(*) as n"
                + " from violation v left join courier co on co.employee_no = v.courier_no" + registered
                + " group by v.courier_no, co.name order by n desc, code limit " + properties.topN(), p)) {
            String name = ComplaintWeeklyReport.name(text(row.get("name")), scope);
            couriers.add(new Point(text(row.get("code")), text(row.get("code")) + (name == null ? "" : " " + name),
                    asLong(row.get("n"))));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("byStation", stations);
        result.put("byCourier", couriers);
        return result;
    }

    /** Outbox messages per status, for administrators. */
    @Transactional(readOnly = true, isolation = Isolation.READ_COMMITTED)
    public Map<String, Long> outbox() {
        return new java.util.TreeMap<>(sql.counts("select status as k, count(*) as n from notification_outbox group by status",
                new MapSqlParameterSource()));
    }

    private static String label(Map<String, Object> row) {
        String name = text(row.get("name"));
        return name == null ? text(row.get("code")) : name;
    }
}
