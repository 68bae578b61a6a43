package org.parceldesk.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import org.camunda.bpm.engine.RuntimeService;
import org.parceldesk.common.Messages;
import org.parceldesk.common.ZoneProperties;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The staff console's dashboard (/console/dashboard): charts of the reports' figures over a date
 * range, each panel shown only to the groups that may read the report behind it, and a case list
 * behind every bar. A station manager sees their stations only.
 */
@Controller
class DashboardController {

    private static final int DEFAULT_DAYS = 30;

    private final ReportAccess access;
    private final DashboardQueries queries;
    private final DashboardCases cases;
    private final ReportingProperties properties;
    private final StationRepository stations;
    private final RuntimeService runtime;
    private final Clock clock;
    private final ZoneId zone;
    private final MessageSource messages;

    DashboardController(ReportAccess access, DashboardQueries queries, DashboardCases cases,
            ReportingProperties properties, StationRepository stations, RuntimeService runtime, Clock clock,
            ZoneProperties zone, MessageSource messages) {
        this.access = access;
        this.queries = queries;
        this.cases = cases;
        this.properties = properties;
        this.stations = stations;
        this.runtime = runtime;
        this.clock = clock;
        this.zone = zone.zone();
        this.messages = messages;
    }

    @GetMapping("/console/dashboard")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String station, Authentication user, Model model) {
        Map<String, Boolean> panels = panels(user);
        if (!panels.containsValue(true)) {
            throw new AccessDeniedException("no report is for your groups");
        }
        ReportPeriod range = range(from, to);
        model.addAttribute("userId", user.getName());
        model.addAttribute("from", range.firstDay().toString());
        model.addAttribute("to", range.lastDay().toString());
        model.addAttribute("today", LocalDate.now(clock.withZone(zone)).toString());
        model.addAttribute("station", station == null ? "" : station);
        model.addAttribute("stations", visibleStations(user));
        model.addAttribute("panels", panels);
        return "console/dashboard";
    }

    /**
     * The charts' data as JSON, labels in the reader's language ({@code Accept-Language}); problem JSON
     * (400/403) for bad parameters or stations not the user's.
     */
    @GetMapping("/console/dashboard/data")
    @ResponseBody
    Map<String, Object> data(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String station, Authentication user) {
        ReportPeriod range = range(from, to);
        Map<String, Boolean> panels = panels(user);
        if (!panels.containsValue(true)) {
            throw new AccessDeniedException("no report is for your groups");
        }
        ReportTexts texts = texts();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("from", range.firstDay().toString());
        data.put("to", range.lastDay().toString());
        if (panels.get("complaints")) {
            ReportScope scope = access.scope(user, ReportKind.COMPLAINTS_WEEKLY, station);
            data.put("complaints", queries.complaints(range, scope, texts));
        }
        if (panels.get("claims")) {
            data.put("claims", queries.payouts(range, access.scope(user, ReportKind.CLAIMS_MONTHLY, station), texts));
        }
        if (panels.get("violations")) {
            data.put("violations", queries.violations(range, access.scope(user, ReportKind.VIOLATIONS_MONTHLY, station)));
        }
        if (panels.get("health")) {
            Map<String, Object> health = new LinkedHashMap<>();
            health.put("outbox", queries.outbox());
            health.put("openIncidents", runtime.createIncidentQuery().count());
            data.put("health", health);
        }
        return data;
    }

    @GetMapping("/console/dashboard/cases")
    String caseList(@RequestParam String kind, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String station,
            @RequestParam(required = false) String filter, @RequestParam(required = false) String value,
            Authentication user, Model model) {
        DashboardCases.Kind listKind = DashboardCases.Kind.parse(kind);
        ReportPeriod range = range(from, to);
        ReportScope scope = access.scope(user, listKind.report, station);
        ReportTexts texts = texts();
        model.addAttribute("kindLabel", texts.get(listKind.labelKey));
        model.addAttribute("from", range.firstDay().toString());
        model.addAttribute("to", range.lastDay().toString());
        model.addAttribute("scopeStations",
                scope.allStations() ? texts.get("report.all-stations") : String.join(",", scope.stations()));
        model.addAttribute("filter", filter);
        model.addAttribute("value", value);
        model.addAttribute("limit", properties.caseListLimit());
        model.addAttribute("lines", cases.list(listKind, range, scope, filter, value, properties.caseListLimit()));
        model.addAttribute("zone", zone);
        return "console/dashboard-cases";
    }

    /** The reader's language, as the rest of the console ({@link Messages#locale()}). */
    private ReportTexts texts() {
        return new ReportTexts(messages, Messages.locale());
    }

    private Map<String, Boolean> panels(Authentication user) {
        Map<String, Boolean> panels = new LinkedHashMap<>();
        panels.put("complaints", access.mayRead(user, ReportKind.COMPLAINTS_WEEKLY));
        panels.put("claims", access.mayRead(user, ReportKind.CLAIMS_MONTHLY));
        panels.put("violations", access.mayRead(user, ReportKind.VIOLATIONS_MONTHLY));
        panels.put("health", user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("admin")));
        return panels;
    }

    /** Defaults to the last 30 days up to today (Beijing). */
    private ReportPeriod range(String from, String to) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String first = from == null || from.isBlank() ? today.minusDays(DEFAULT_DAYS - 1L).toString() : from;
        String last = to == null || to.isBlank() ? today.toString() : to;
        return ReportPeriod.days(first, last, properties.maxRangeDays(), zone);
    }

    private List<Station> visibleStations(Authentication user) {
        boolean managerOnly = user.getAuthorities().stream().allMatch(a -> a.getAuthority().equals("station-manager"));
        if (managerOnly) {
            return stations.findByManagerUserId(user.getName());
        }
        return new ArrayList<>(stations.findAll(org.springframework.data.domain.Sort.by("code")));
    }
}
