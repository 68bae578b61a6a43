package org.parceldesk.reporting;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.parceldesk.common.Messages;
import org.parceldesk.common.ZoneProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The weekly and monthly reports as JSON, CSV or XLSX ({@code format=} or {@code Accept}), in the
 * reader's language ({@code Accept-Language}, Chinese by default: {@link Messages#locale()}). Every
 * answer is audited; who may read which report, and for which stations, is {@link ReportAccess}'s call.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportController {

    private final ReportAccess access;
    private final ReportExports exports;
    private final ReportWriter writer;
    private final ReportingProperties properties;
    private final ZoneId zone;
    private final ComplaintWeeklyReport complaints;
    private final ClaimMonthlyReport claims;
    private final ViolationMonthlyReport violations;
    private final KpiMonthlyReport kpi;
    private final ShipmentOriginReport origins;

    ReportController(ReportAccess access, ReportExports exports, ReportWriter writer, ReportingProperties properties,
            ZoneProperties zone, ComplaintWeeklyReport complaints, ClaimMonthlyReport claims,
            ViolationMonthlyReport violations, KpiMonthlyReport kpi, ShipmentOriginReport origins) {
        this.access = access;
        this.exports = exports;
        this.writer = writer;
        this.properties = properties;
        this.zone = zone.zone();
        this.complaints = complaints;
        this.claims = claims;
        this.violations = violations;
        this.kpi = kpi;
        this.origins = origins;
    }

    @GetMapping("/complaints/weekly")
    ResponseEntity<?> complaintsWeekly(@RequestParam(required = false) String week,
            @RequestParam(required = false) String station, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Authentication user) {
        return answer(ReportKind.COMPLAINTS_WEEKLY, user, station, format, accept, params("week", week),
                () -> ReportPeriod.week(required("week", week), "week", zone), complaints::build);
    }

    @GetMapping("/claims/monthly")
    ResponseEntity<?> claimsMonthly(@RequestParam(required = false) String month,
            @RequestParam(required = false) String station, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Authentication user) {
        return answer(ReportKind.CLAIMS_MONTHLY, user, station, format, accept, params("month", month),
                () -> ReportPeriod.month(required("month", month), "month", zone), claims::build);
    }

    @GetMapping("/violations/monthly")
    ResponseEntity<?> violationsMonthly(@RequestParam(required = false) String month,
            @RequestParam(required = false) String station, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Authentication user) {
        return answer(ReportKind.VIOLATIONS_MONTHLY, user, station, format, accept, params("month", month),
                () -> ReportPeriod.month(required("month", month), "month", zone), violations::build);
    }

    @GetMapping("/kpi/monthly")
    ResponseEntity<?> kpiMonthly(@RequestParam(required = false) String month,
            @RequestParam(required = false) String station, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Authentication user) {
        return answer(ReportKind.KPI_MONTHLY, user, station, format, accept, params("month", month),
                () -> ReportPeriod.month(required("month", month), "month", zone), kpi::build);
    }

    @GetMapping("/shipments/origins")
    ResponseEntity<?> shipmentOrigins(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String station,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Authentication user) {
        Map<String, String> params = params("from", from);
        params.put("to", to);
        return answer(ReportKind.SHIPMENT_ORIGINS, user, station, format, accept, params,
                () -> ReportPeriod.days(from, to, properties.maxRangeDays(), zone), origins::build);
    }

    /**
     * Checks everything the client sent before reading anything: parameters (400), then access
     * (403); then builds the report (read-only), audits it, and writes it in the format asked for.
     */
    private ResponseEntity<?> answer(ReportKind kind, Authentication user, String station, String format, String accept,
            Map<String, String> params, java.util.function.Supplier<ReportPeriod> period,
            Builder builder) {
        ReportFormat chosen = ReportFormat.choose(format, accept);
        ReportPeriod reportPeriod = period.get();
        ReportScope scope = access.scope(user, kind, station);
        Report report = builder.build(reportPeriod, scope, Messages.locale());
        params.put("station", station);
        params.put("format", chosen.extension());
        exports.record(report, chosen, user.getName(), params);
        if (chosen == ReportFormat.JSON) {
            return ResponseEntity.ok().contentType(chosen.mediaType()).body(writer.json(report));
        }
        byte[] body = chosen == ReportFormat.CSV ? writer.csv(report) : writer.xlsx(report);
        return ResponseEntity.ok().contentType(chosen.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(writer.fileName(report, chosen)).build().toString())
                .body(body);
    }

    /** One report's {@code build}: period, scope, language. */
    @FunctionalInterface
    private interface Builder {
        Report build(ReportPeriod period, ReportScope scope, Locale locale);
    }

    private static Map<String, String> params(String name, String value) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(name, value);
        return params;
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw org.parceldesk.common.ApiProblem.invalid(name, Messages.forReader("report.problem.required"));
        }
        return value;
    }
}
