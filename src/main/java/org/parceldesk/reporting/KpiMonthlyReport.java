package org.parceldesk.reporting;

import static org.parceldesk.reporting.ReportSql.asLong;
import static org.parceldesk.reporting.ReportSql.rate;
import static org.parceldesk.reporting.ReportSql.stationIn;
import static org.parceldesk.reporting.ReportSql.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 网点月度考核报表 (performance, 考核): per delivering station, the month's shipments, complaint rate
 * per 10 000 shipments, complaint SLA compliance, SLA breaches and the timely-delivery rate. The
 * timely-pickup rate needs the time a pickup was ordered, which shipments do not carry: it is
 * reported as absent.
 */
@Component
class KpiMonthlyReport {

    private final ReportSql sql;
    private final Clock clock;
    private final MessageSource messages;

    KpiMonthlyReport(ReportSql sql, Clock clock, MessageSource messages) {
        this.sql = sql;
        this.clock = clock;
        this.messages = messages;
    }

    @Transactional(readOnly = true, isolation = Isolation.READ_COMMITTED)
    public Report build(ReportPeriod month, ReportScope scope, Locale locale) {
        ReportTexts t = new ReportTexts(messages, locale);
        Instant now = clock.instant();
        MapSqlParameterSource p = ReportSql.params(month, scope).addValue("now", ReportSql.utc(now));
        Map<String, StationKpi> kpis = new LinkedHashMap<>();
        for (Map<String, Object> row : sql.rows("select s.code as code, s.name as name from station s where 1 = 1"
                + stationIn("s.code", scope) + " order by s.code", p)) {
            kpis.put(text(row.get("code")), new StationKpi(text(row.get("name"))));
        }
        for (Map<String, Object> row : sql.rows("select sh.destination_station_code as code, count(*) as n,"
                + " sum(case when sh.delivered_at is not null and sh.delivered_at <= sh.promised_at then 1 else 0 end) as on_time,"
                + " sum(case when sh.delivered_at is not null or sh.promised_at < :now then 1 else 0 end) as measured"
                + " from shipment sh where sh.shipped_at >= :from and sh.shipped_at < :to"
                + stationIn("sh.destination_station_code", scope) + " group by sh.destination_station_code", p)) {
            StationKpi kpi = kpis.get(text(row.get("code")));
            if (kpi != null) {
                kpi.shipments = asLong(row.get("n"));
                kpi.deliveredOnTime = asLong(row.get("on_time"));
                kpi.deliveryMeasured = asLong(row.get("measured"));
            }
        }
        for (Map<String, Object> row : sql.rows("select c.station_code as code, count(*) as n,"
                + " sum(case when c.first_contacted_at is not null or c.first_contact_breached = true then 1 else 0 end) as fc_due,"
                + " sum(case when c.first_contacted_at is not null and c.first_contact_breached = false then 1 else 0 end) as fc_ok"
                + " from complaint c where c.received_at >= :from and c.received_at < :to"
                + stationIn("c.station_code", scope) + " group by c.station_code", p)) {
            StationKpi kpi = kpis.get(text(row.get("code")));
            if (kpi != null) {
                kpi.complaints = asLong(row.get("n"));
                kpi.firstContactDue = asLong(row.get("fc_due"));
                kpi.firstContactOnTime = asLong(row.get("fc_ok"));
            }
        }
        for (Map<String, Object> row : sql.rows("select c.station_code as code, count(*) as n,"
                + " sum(case when c.resolution_breached = false then 1 else 0 end) as on_time"
                + " from complaint c where c.closed_at >= :from and c.closed_at < :to"
                + stationIn("c.station_code", scope) + " group by c.station_code", p)) {
            StationKpi kpi = kpis.get(text(row.get("code")));
            if (kpi != null) {
                kpi.closed = asLong(row.get("n"));
                kpi.closedOnTime = asLong(row.get("on_time"));
            }
        }
        for (String caseTable : List.of("complaint", "claim")) {
            for (Map<String, Object> row : sql.rows("select x.station_code as code, count(*) as n from sla_event e"
                    + " join " + caseTable + " x on x.case_no = e.case_no where e.level = 'BREACH'"
                    + " and e.occurred_at >= :from and e.occurred_at < :to" + stationIn("x.station_code", scope)
                    + " group by x.station_code", p)) {
                StationKpi kpi = kpis.get(text(row.get("code")));
                if (kpi != null) {
                    kpi.slaBreaches += asLong(row.get("n"));
                }
            }
        }

        StationKpi total = new StationKpi(t.get("report.kpi-monthly.total"));
        Section.Builder section = Section.builder(t, "byStation", "report.kpi-monthly.by-station")
                .column("station", "report.column.station-code").column("name", "report.column.station")
                .column("shipments", "report.column.shipments-delivered")
                .column("complaints", "report.column.complaints-received")
                .column("complaintsPer10k", "report.column.complaints-per-10k")
                .column("firstContactCompliance", "report.column.first-contact-compliance")
                .column("closed", "report.column.complaints-closed")
                .column("resolutionCompliance", "report.column.resolution-compliance")
                .column("slaBreaches", "report.column.sla-breaches")
                .column("deliveryMeasured", "report.column.deliveries-measured")
                .column("deliveredOnTime", "report.column.delivered-on-time")
                .column("timelyDeliveryRate", "report.column.timely-delivery-rate");
        kpis.forEach((code, kpi) -> {
            kpi.addTo(total);
            section.row(kpi.values(code));
        });

        List<Figure> summary = new ArrayList<>();
        summary.add(t.figure("stations", "report.kpi-monthly.stations", (long) kpis.size()));
        summary.add(t.figure("shipments", "report.column.shipments-delivered", total.shipments));
        summary.add(t.figure("complaints", "report.column.complaints-received", total.complaints));
        summary.add(t.figure("complaintsPer10k", "report.column.complaints-per-10k", total.per10k()));
        summary.add(t.figure("firstContactCompliance", "report.column.first-contact-compliance",
                rate(total.firstContactOnTime, total.firstContactDue)));
        summary.add(t.figure("resolutionCompliance", "report.column.resolution-compliance",
                rate(total.closedOnTime, total.closed)));
        summary.add(t.figure("slaBreaches", "report.column.sla-breaches", total.slaBreaches));
        summary.add(t.figure("timelyDeliveryRate", "report.column.timely-delivery-rate",
                rate(total.deliveredOnTime, total.deliveryMeasured)));
        summary.add(t.absent("timelyPickupRate", "report.kpi-monthly.timely-pickup-rate"));
        return new Report(ReportKind.KPI_MONTHLY, month, scope.stations(), now, !scope.fullNames(), summary,
                List.of(section.build()), locale);
    }

    private static final class StationKpi {
        final String name;
        long shipments;
        long deliveredOnTime;
        long deliveryMeasured;
        long complaints;
        long firstContactDue;
        long firstContactOnTime;
        long closed;
        long closedOnTime;
        long slaBreaches;

        StationKpi(String name) {
            this.name = name;
        }

        BigDecimal per10k() {
            return shipments == 0 ? null : BigDecimal.valueOf(complaints * 10_000L)
                    .divide(BigDecimal.valueOf(shipments), 2, RoundingMode.HALF_UP);
        }

        void addTo(StationKpi total) {
            total.shipments += shipments;
            total.deliveredOnTime += deliveredOnTime;
            total.deliveryMeasured += deliveryMeasured;
            total.complaints += complaints;
            total.firstContactDue += firstContactDue;
            total.firstContactOnTime += firstContactOnTime;
            total.closed += closed;
            total.closedOnTime += closedOnTime;
            total.slaBreaches += slaBreaches;
        }

        Object[] values(String code) {
            return new Object[] {code, name, shipments, complaints, per10k(), rate(firstContactOnTime, firstContactDue),
                    closed, rate(closedOnTime, closed), slaBreaches, deliveryMeasured, deliveredOnTime,
                    rate(deliveredOnTime, deliveryMeasured)};
        }
    }
}
