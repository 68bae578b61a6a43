package org.parceldesk.reporting;

import static org.parceldesk.reporting.ReportSql.asLong;
import static org.parceldesk.reporting.ReportSql.rate;
import static org.parceldesk.reporting.ReportSql.stationIn;
import static org.parceldesk.reporting.ReportSql.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parceldesk.common.PersonalData;
import org.parceldesk.complaint.ComplaintCategory;
import org.parceldesk.complaint.ComplaintChannel;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 每周投诉汇总表: the week's complaints by category, channel, station and responsible party, SLA
 * compliance, handling times, reopened and dissatisfied cases, top origins and couriers, and the
 * change against the week before. Definitions in docs/reports.md.
 */
@Component
class ComplaintWeeklyReport {

    private final ReportSql sql;
    private final ReportingProperties properties;
    private final Clock clock;
    private final MessageSource messages;

    ComplaintWeeklyReport(ReportSql sql, ReportingProperties properties, Clock clock, MessageSource messages) {
        this.sql = sql;
        this.properties = properties;
        this.clock = clock;
        this.messages = messages;
    }

    @Transactional(readOnly = true, isolation = Isolation.READ_COMMITTED)
    public Report build(ReportPeriod week, ReportScope scope, Locale locale) {
        ReportTexts t = new ReportTexts(messages, locale);
        MapSqlParameterSource p = ReportSql.params(week, scope).addValue("dissatisfied", properties.dissatisfiedAtMost());
        String station = stationIn("c.station_code", scope);
        String received = " from complaint c where c.received_at >= :from and c.received_at < :to" + station;
        String closed = " from complaint c where c.closed_at >= :from and c.closed_at < :to" + station;

        Map<String, Object> in = sql.one("select count(*) as n,"
                + " sum(case when c.channel = 'REGULATOR' then 1 else 0 end) as regulator,"
                + " sum(case when c.first_contacted_at is not null or c.first_contact_breached = true then 1 else 0 end) as fc_due,"
                + " sum(case when c.first_contacted_at is not null and c.first_contact_breached = false then 1 else 0 end) as fc_ok"
                + received, p);
        Map<String, Object> out = sql.one("select count(*) as n,"
                + " sum(case when c.resolution_breached = false then 1 else 0 end) as on_time,"
                + " sum(case when c.reopened = true then 1 else 0 end) as reopened,"
                + " sum(case when c.satisfaction is not null then 1 else 0 end) as rated,"
                + " sum(c.satisfaction) as rating_total,"
                + " sum(case when c.satisfaction <= :dissatisfied then 1 else 0 end) as dissatisfied"
                + closed, p);
        // outcome reports to the regulator entered this week; on time = sent on or before the regulator's deadline
        Map<String, Object> reports = sql.one("select count(*) as n,"
                + " sum(case when c.regulator_reported_on <= c.regulator_deadline then 1 else 0 end) as on_time"
                + " from complaint c where c.regulator_report_recorded_at >= :from and c.regulator_report_recorded_at < :to"
                + station, p);
        long openAtEnd = sql.count("select count(*) from complaint c where c.received_at < :to"
                + " and (c.closed_at is null or c.closed_at >= :to)" + station, p);
        long reopenedInWeek = sql.count("select count(distinct e.complaint_id) from complaint_event e"
                + " join complaint c on c.id = e.complaint_id where e.event_type = 'REOPENED'"
                + " and e.occurred_at >= :from and e.occurred_at < :to" + station, p);
        Durations handling = Durations.between(sql.pairs("select c.received_at, c.closed_at" + closed, p));
        ReportPeriod previous = week.previousWeek();
        long previousReceived = sql.count("select count(*)" + received, ReportSql.params(previous, scope));

        long receivedCount = asLong(in.get("n"));
        long closedCount = asLong(out.get("n"));
        long rated = asLong(out.get("rated"));
        List<Figure> summary = new ArrayList<>();
        summary.add(t.figure("received", "report.complaints-weekly.received", receivedCount));
        summary.add(t.figure("closed", "report.complaints-weekly.closed", closedCount));
        summary.add(t.figure("openAtEnd", "report.complaints-weekly.open-at-end", openAtEnd));
        summary.add(t.figure("regulatorReferred", "report.complaints-weekly.regulator-referred",
                asLong(in.get("regulator"))));
        summary.add(t.figure("regulatorReported", "report.complaints-weekly.regulator-reported",
                asLong(reports.get("n"))));
        summary.add(t.figure("regulatorReportedOnTime", "report.complaints-weekly.regulator-reported-on-time",
                asLong(reports.get("on_time"))));
        summary.add(t.figure("regulatorReportOnTimeRate", "report.complaints-weekly.regulator-report-on-time-rate",
                rate(asLong(reports.get("on_time")), asLong(reports.get("n")))));
        summary.add(t.figure("firstContactDue", "report.complaints-weekly.first-contact-due",
                asLong(in.get("fc_due"))));
        summary.add(t.figure("firstContactOnTime", "report.complaints-weekly.first-contact-on-time",
                asLong(in.get("fc_ok"))));
        summary.add(t.figure("firstContactCompliance", "report.column.first-contact-compliance",
                rate(asLong(in.get("fc_ok")), asLong(in.get("fc_due")))));
        summary.add(t.figure("closedWithinResolutionSla", "report.complaints-weekly.closed-within-resolution-sla",
                asLong(out.get("on_time"))));
        summary.add(t.figure("resolutionCompliance", "report.column.resolution-compliance",
                rate(asLong(out.get("on_time")), closedCount)));
        summary.add(t.figure("avgHandlingHours", "report.complaints-weekly.avg-handling-hours",
                handling.averageHours()));
        summary.add(t.figure("p90HandlingHours", "report.complaints-weekly.p90-handling-hours", handling.p90Hours()));
        summary.add(t.figure("reopenedInWeek", "report.complaints-weekly.reopened-in-week", reopenedInWeek));
        summary.add(t.figure("reopenRate", "report.complaints-weekly.reopen-rate",
                rate(asLong(out.get("reopened")), closedCount)));
        summary.add(t.figure("rated", "report.complaints-weekly.rated", rated));
        summary.add(t.figure("avgSatisfaction", "report.complaints-weekly.avg-satisfaction", rated == 0 ? null
                : BigDecimal.valueOf(asLong(out.get("rating_total"))).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP)));
        summary.add(t.figure("dissatisfied", "report.complaints-weekly.dissatisfied", asLong(out.get("dissatisfied"))));
        summary.add(t.figure("dissatisfiedRate", "report.complaints-weekly.dissatisfied-rate",
                rate(asLong(out.get("dissatisfied")), rated)));
        summary.add(t.figure("previousWeekReceived", "report.complaints-weekly.previous-week-received",
                previousReceived));
        summary.add(t.figure("weekOverWeekChange", "report.complaints-weekly.week-over-week-change",
                receivedCount - previousReceived));
        summary.add(t.figure("weekOverWeekRate", "report.complaints-weekly.week-over-week-rate",
                previousReceived == 0 ? null
                : BigDecimal.valueOf(receivedCount - previousReceived)
                        .divide(BigDecimal.valueOf(previousReceived), 4, RoundingMode.HALF_UP)));
        summary.add(t.absent("customerNeedsAnalysis", "report.complaints-weekly.customer-needs-analysis"));

        List<Section> sections = new ArrayList<>();
        Map<String, Long> byCategory = sql.counts("select c.category as k, count(*) as n" + received + " group by c.category", p);
        Section.Builder categories = Section.builder(t, "byCategory", "report.complaints-weekly.by-category")
                .column("category", "report.column.category-code").column("label", "report.column.category")
                .column("received", "report.column.received");
        for (ComplaintCategory category : ComplaintCategory.values()) {
            categories.row(category.name(), t.label(category), byCategory.getOrDefault(category.name(), 0L));
        }
        sections.add(categories.build());

        Map<String, Long> byChannel = sql.counts("select c.channel as k, count(*) as n" + received + " group by c.channel", p);
        Section.Builder channels = Section.builder(t, "byChannel", "report.complaints-weekly.by-channel")
                .column("channel", "report.column.channel-code").column("label", "report.column.channel")
                .column("received", "report.column.received");
        for (ComplaintChannel channel : ComplaintChannel.values()) {
            channels.row(channel.name(), t.label(channel), byChannel.getOrDefault(channel.name(), 0L));
        }
        sections.add(channels.build());

        Section.Builder stations = Section.builder(t, "byStation", "report.complaints-weekly.by-station")
                .column("station", "report.column.station-code").column("name", "report.column.station")
                .column("received", "report.column.received")
                .column("firstContactBreached", "report.column.first-contact-breaches")
                .column("resolutionBreached", "report.column.resolution-breaches");
        for (Map<String, Object> row : sql.rows("select c.station_code as code, s.name as name, count(*) as n,"
                + " sum(case when c.first_contact_breached = true then 1 else 0 end) as fc_breached,"
                + " sum(case when c.resolution_breached = true then 1 else 0 end) as res_breached"
                + " from complaint c left join station s on s.code = c.station_code"
                + " where c.received_at >= :from and c.received_at < :to" + station
                + " group by c.station_code, s.name order by c.station_code", p)) {
            stations.row(text(row.get("code")), text(row.get("name")), asLong(row.get("n")),
                    asLong(row.get("fc_breached")), asLong(row.get("res_breached")));
        }
        sections.add(stations.build());

        Map<String, Long> byParty = sql.counts("select c.responsible_party as k, count(*) as n" + closed
                + " group by c.responsible_party", p);
        Section.Builder parties = Section.builder(t, "byResponsibleParty", "report.complaints-weekly.by-responsible-party")
                .column("party", "report.column.party-code").column("label", "report.column.party")
                .column("closed", "report.column.closed");
        for (Map.Entry<String, String> party : t.responsibleParties().entrySet()) {
            parties.row(party.getKey(), party.getValue(), byParty.getOrDefault(party.getKey(), 0L));
        }
        sections.add(parties.build());

        Section.Builder origins = Section.builder(t, "topOrigins", "report.complaints-weekly.top-origins")
                .column("station", "report.column.origin-station-code").column("name", "report.column.origin-station")
                .column("city", "report.column.city").column("received", "report.column.received");
        for (Map<String, Object> row : sql.rows("select sh.origin_station_code as code, s.name as name, s.city as city,"
                + " count(*) as n from complaint c join shipment sh on sh.waybill_no = c.waybill_no"
                + " left join station s on s.code = sh.origin_station_code"
                + " where c.received_at >= :from and c.received_at < :to" + station
                + " group by sh.origin_station_code, s.name, s.city order by n desc, code limit " + properties.topN(), p)) {
            origins.row(text(row.get("code")), text(row.get("name")), text(row.get("city")), asLong(row.get("n")));
        }
        sections.add(origins.build());

        Section.Builder couriers = Section.builder(t, "topCouriers", "report.complaints-weekly.top-couriers")
                .column("courier", "report.column.employee-no").column("name", "report.column.name")
                .column("station", "report.column.station-code").column("received", "report.column.received");
        for (Map<String, Object> row : sql.rows("select c.courier_no as code, co.name as name, co.station_code as station,"
                + " count(*) as n from complaint c left join courier co on co.employee_no = c.courier_no"
                + " where c.received_at >= :from and c.received_at < :to and c.courier_no is not null" + station
                + " group by c.courier_no, co.name, co.station_code order by n desc, code limit " + properties.topN(), p)) {
            couriers.row(text(row.get("code")), name(text(row.get("name")), scope), text(row.get("station")),
                    asLong(row.get("n")));
        }
        sections.add(couriers.build());

        return new Report(ReportKind.COMPLAINTS_WEEKLY, week, scope.stations(), clock.instant(), !scope.fullNames(),
                summary, sections, locale);
    }

    static String name(String name, ReportScope scope) {
        return scope.fullNames() || name == null ? name : PersonalData.maskName(name);
    }
}
