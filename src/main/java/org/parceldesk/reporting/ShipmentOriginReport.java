package org.parceldesk.reporting;

import static org.parceldesk.reporting.ReportSql.asLong;
import static org.parceldesk.reporting.ReportSql.money;
import static org.parceldesk.reporting.ReportSql.rate;
import static org.parceldesk.reporting.ReportSql.stationIn;
import static org.parceldesk.reporting.ReportSql.text;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 发货地分析报表: shipments shipped in the range per origin station and city, by service type,
 * insured share and postage, with the complaints and claims filed on them.
 */
@Component
class ShipmentOriginReport {

    private final ReportSql sql;
    private final Clock clock;
    private final MessageSource messages;

    ShipmentOriginReport(ReportSql sql, Clock clock, MessageSource messages) {
        this.sql = sql;
        this.clock = clock;
        this.messages = messages;
    }

    @Transactional(readOnly = true, isolation = Isolation.READ_COMMITTED)
    public Report build(ReportPeriod range, ReportScope scope, Locale locale) {
        ReportTexts t = new ReportTexts(messages, locale);
        MapSqlParameterSource p = ReportSql.params(range, scope);
        String shipped = " from shipment sh where sh.shipped_at >= :from and sh.shipped_at < :to"
                + stationIn("sh.origin_station_code", scope);
        List<Map<String, Object>> origins = sql.rows("select sh.origin_station_code as code, count(*) as n,"
                + " sum(case when sh.service_type = 'SAME_CITY' then 1 else 0 end) as same_city,"
                + " sum(case when sh.service_type = 'DOMESTIC' then 1 else 0 end) as domestic,"
                + " sum(case when sh.service_type = 'INTERNATIONAL' then 1 else 0 end) as international,"
                + " sum(case when sh.insured = true then 1 else 0 end) as insured, sum(sh.postage) as postage"
                + shipped + " group by sh.origin_station_code order by n desc, code", p);
        Map<String, Long> complaints = sql.counts("select sh.origin_station_code as k, count(*) as n"
                + " from shipment sh join complaint c on c.waybill_no = sh.waybill_no"
                + " where sh.shipped_at >= :from and sh.shipped_at < :to" + stationIn("sh.origin_station_code", scope)
                + " group by sh.origin_station_code", p);
        Map<String, Long> claims = sql.counts("select sh.origin_station_code as k, count(*) as n"
                + " from shipment sh join claim cl on cl.waybill_no = sh.waybill_no"
                + " where sh.shipped_at >= :from and sh.shipped_at < :to" + stationIn("sh.origin_station_code", scope)
                + " group by sh.origin_station_code", p);
        Map<String, String[]> stations = new HashMap<>();
        sql.rows("select code, name, city from station", new MapSqlParameterSource()).forEach(row ->
                stations.put(text(row.get("code")), new String[] {text(row.get("name")), text(row.get("city"))}));

        String[] unknown = {null, t.get("report.shipment-origins.unknown-city")};
        long total = origins.stream().mapToLong(row -> asLong(row.get("n"))).sum();
        Section.Builder byStation = Section.builder(t, "byOrigin", "report.shipment-origins.by-origin")
                .column("station", "report.column.origin-station-code").column("name", "report.column.origin-station")
                .column("city", "report.column.city").column("shipments", "report.column.shipments-sent")
                .column("share", "report.column.share").column("sameCity", "report.service-type.SAME_CITY")
                .column("domestic", "report.service-type.DOMESTIC")
                .column("international", "report.service-type.INTERNATIONAL")
                .column("insured", "report.column.insured-shipments").column("postage", "report.column.postage-total")
                .column("complaints", "report.column.complaints").column("claims", "report.column.claims");
        Map<String, long[]> perCity = new TreeMap<>();
        Map<String, BigDecimal> postagePerCity = new TreeMap<>();
        BigDecimal postageTotal = money(null);
        for (Map<String, Object> row : origins) {
            String code = text(row.get("code"));
            String[] station = stations.getOrDefault(code, unknown);
            long n = asLong(row.get("n"));
            BigDecimal postage = money(row.get("postage"));
            long complaintCount = complaints.getOrDefault(code, 0L);
            long claimCount = claims.getOrDefault(code, 0L);
            byStation.row(code, station[0], station[1], n, rate(n, total), asLong(row.get("same_city")),
                    asLong(row.get("domestic")), asLong(row.get("international")), asLong(row.get("insured")), postage,
                    complaintCount, claimCount);
            long[] city = perCity.computeIfAbsent(station[1], k -> new long[3]);
            city[0] += n;
            city[1] += complaintCount;
            city[2] += claimCount;
            postagePerCity.merge(station[1], postage, BigDecimal::add);
            postageTotal = postageTotal.add(postage);
        }
        Section.Builder byCity = Section.builder(t, "byCity", "report.shipment-origins.by-city")
                .column("city", "report.column.city").column("shipments", "report.column.shipments-sent")
                .column("share", "report.column.share").column("postage", "report.column.postage-total")
                .column("complaints", "report.column.complaints").column("claims", "report.column.claims");
        perCity.forEach((city, v) -> byCity.row(city, v[0], rate(v[0], total), postagePerCity.get(city), v[1], v[2]));

        List<Figure> summary = new ArrayList<>();
        summary.add(t.figure("shipments", "report.column.shipments-sent", total));
        summary.add(t.figure("originStations", "report.shipment-origins.origin-stations", (long) origins.size()));
        summary.add(t.figure("originCities", "report.shipment-origins.origin-cities", (long) perCity.size()));
        summary.add(t.figure("postageTotal", "report.column.postage-total", postageTotal));
        summary.add(t.figure("complaints", "report.column.complaints",
                complaints.values().stream().mapToLong(Long::longValue).sum()));
        summary.add(t.figure("claims", "report.column.claims",
                claims.values().stream().mapToLong(Long::longValue).sum()));
        summary.add(t.absent("enquiriesWithoutShipment", "report.shipment-origins.enquiries-without-shipment"));
        return new Report(ReportKind.SHIPMENT_ORIGINS, range, scope.stations(), clock.instant(), !scope.fullNames(),
                summary, List.of(byStation.build(), byCity.build()), locale);
    }
}
