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
import java.util.Map;
import org.parceldesk.common.PersonalData;
import org.parceldesk.common.ResponsibleParty;
import org.parceldesk.complaint.ComplaintCategory;
import org.parceldesk.complaint.ComplaintChannel;
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

    static final Map<String, String> PARTY_LABELS = partyLabels();

    private final ReportSql sql;
    private final ReportingProperties properties;
    private final Clock clock;

    ComplaintWeeklyReport(ReportSql sql, ReportingProperties properties, Clock clock) {
        this.sql = sql;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true, isolation = Isolation.READ_COMMITTED)
    public Report build(ReportPeriod week, ReportScope scope) {
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
        summary.add(Figure.of("received", "本周受理", receivedCount));
        summary.add(Figure.of("closed", "本周办结", closedCount));
        summary.add(Figure.of("openAtEnd", "周末未结", openAtEnd));
        summary.add(Figure.of("regulatorReferred", "邮政管理部门转办(申诉)", asLong(in.get("regulator"))));
        summary.add(Figure.of("regulatorReported", "本周向监管部门报送结果数", asLong(reports.get("n"))));
        summary.add(Figure.of("regulatorReportedOnTime", "其中按监管期限报送数", asLong(reports.get("on_time"))));
        summary.add(Figure.of("regulatorReportOnTimeRate", "申诉按期报送率",
                rate(asLong(reports.get("on_time")), asLong(reports.get("n")))));
        summary.add(Figure.of("firstContactDue", "应首次联系数", asLong(in.get("fc_due"))));
        summary.add(Figure.of("firstContactOnTime", "按时首次联系数", asLong(in.get("fc_ok"))));
        summary.add(Figure.of("firstContactCompliance", "首次联系及时率",
                rate(asLong(in.get("fc_ok")), asLong(in.get("fc_due")))));
        summary.add(Figure.of("closedWithinResolutionSla", "时限内办结数", asLong(out.get("on_time"))));
        summary.add(Figure.of("resolutionCompliance", "7日办结率", rate(asLong(out.get("on_time")), closedCount)));
        summary.add(Figure.of("avgHandlingHours", "平均处理时长(小时)", handling.averageHours()));
        summary.add(Figure.of("p90HandlingHours", "90分位处理时长(小时)", handling.p90Hours()));
        summary.add(Figure.of("reopenedInWeek", "本周重新处理数", reopenedInWeek));
        summary.add(Figure.of("reopenRate", "重新处理率", rate(asLong(out.get("reopened")), closedCount)));
        summary.add(Figure.of("rated", "回访评价数", rated));
        summary.add(Figure.of("avgSatisfaction", "平均满意度", rated == 0 ? null
                : BigDecimal.valueOf(asLong(out.get("rating_total"))).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP)));
        summary.add(Figure.of("dissatisfied", "不满意数", asLong(out.get("dissatisfied"))));
        summary.add(Figure.of("dissatisfiedRate", "不满意率", rate(asLong(out.get("dissatisfied")), rated)));
        summary.add(Figure.of("previousWeekReceived", "上周受理", previousReceived));
        summary.add(Figure.of("weekOverWeekChange", "环比增减", receivedCount - previousReceived));
        summary.add(Figure.of("weekOverWeekRate", "环比增减率", previousReceived == 0 ? null
                : BigDecimal.valueOf(receivedCount - previousReceived)
                        .divide(BigDecimal.valueOf(previousReceived), 4, RoundingMode.HALF_UP)));
        summary.add(Figure.absent("customerNeedsAnalysis", "客户需求分析",
                "free text written by the supervisor; the data holds no classified customer needs"));

        List<Section> sections = new ArrayList<>();
        Map<String, Long> byCategory = sql.counts("select c.category as k, count(*) as n" + received + " group by c.category", p);
        Section.Builder categories = Section.builder("byCategory", "按投诉类别")
                .column("category", "类别代码").column("label", "类别").column("received", "受理数");
        for (ComplaintCategory category : ComplaintCategory.values()) {
            categories.row(category.name(), category.label(), byCategory.getOrDefault(category.name(), 0L));
        }
        sections.add(categories.build());

        Map<String, Long> byChannel = sql.counts("select c.channel as k, count(*) as n" + received + " group by c.channel", p);
        Section.Builder channels = Section.builder("byChannel", "按受理渠道")
                .column("channel", "渠道代码").column("label", "渠道").column("received", "受理数");
        for (ComplaintChannel channel : ComplaintChannel.values()) {
            channels.row(channel.name(), channel.label(), byChannel.getOrDefault(channel.name(), 0L));
        }
        sections.add(channels.build());

        Section.Builder stations = Section.builder("byStation", "按责任网点")
                .column("station", "网点代码").column("name", "网点").column("received", "受理数")
                .column("firstContactBreached", "首次联系超时").column("resolutionBreached", "办结超时");
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
        Section.Builder parties = Section.builder("byResponsibleParty", "按责任方(本周办结)")
                .column("party", "责任方代码").column("label", "责任方").column("closed", "办结数");
        for (Map.Entry<String, String> party : PARTY_LABELS.entrySet()) {
            parties.row(party.getKey(), party.getValue(), byParty.getOrDefault(party.getKey(), 0L));
        }
        sections.add(parties.build());

        Section.Builder origins = Section.builder("topOrigins", "投诉运单发货地前列")
                .column("station", "发货网点代码").column("name", "发货网点").column("city", "城市").column("received", "受理数");
        for (Map<String, Object> row : sql.rows("select sh.origin_station_code as code, s.name as name, s.city as city,"
                + " count(*) as n from complaint c join shipment sh on sh.waybill_no = c.waybill_no"
                + " left join station s on s.code = sh.origin_station_code"
                + " where c.received_at >= :from and c.received_at < :to" + station
                + " group by sh.origin_station_code, s.name, s.city order by n desc, code limit " + properties.topN(), p)) {
            origins.row(text(row.get("code")), text(row.get("name")), text(row.get("city")), asLong(row.get("n")));
        }
        sections.add(origins.build());

        Section.Builder couriers = Section.builder("topCouriers", "被投诉快递员前列")
                .column("courier", "工号").column("name", "姓名").column("station", "网点代码").column("received", "受理数");
        for (Map<String, Object> row : sql.rows("select c.courier_no as code, co.name as name, co.station_code as station,"
                + " count(*) as n from complaint c left join courier co on co.employee_no = c.courier_no"
                + " where c.received_at >= :from and c.received_at < :to and c.courier_no is not null" + station
                + " group by c.courier_no, co.name, co.station_code order by n desc, code limit " + properties.topN(), p)) {
            couriers.row(text(row.get("code")), name(text(row.get("name")), scope), text(row.get("station")),
                    asLong(row.get("n")));
        }
        sections.add(couriers.build());

        return new Report(ReportKind.COMPLAINTS_WEEKLY, week, scope.stations(), clock.instant(), !scope.fullNames(),
                summary, sections);
    }

    static String name(String name, ReportScope scope) {
        return scope.fullNames() || name == null ? name : PersonalData.maskName(name);
    }

    private static Map<String, String> partyLabels() {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        labels.put(ResponsibleParty.COURIER.name(), "快递员");
        labels.put(ResponsibleParty.STATION.name(), "网点");
        labels.put(ResponsibleParty.SORTING_CENTER.name(), "分拨中心");
        labels.put(ResponsibleParty.LINEHAUL.name(), "干线运输");
        labels.put(ResponsibleParty.CUSTOMER.name(), "客户");
        labels.put(ResponsibleParty.FORCE_MAJEURE.name(), "不可抗力");
        labels.put(ResponsibleParty.NONE.name(), "无责任");
        labels.put("", "未认定");
        return java.util.Collections.unmodifiableMap(labels);
    }
}
