package org.parceldesk.console;

import org.parceldesk.common.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.ZoneProperties;
import org.parceldesk.sla.CalendarCoverage;
import org.parceldesk.sla.CalendarMaintenance;
import org.parceldesk.sla.CalendarMaintenance.CalendarChange;
import org.parceldesk.sla.CalendarMaintenance.StoredYear;
import org.parceldesk.sla.CalendarSource;
import org.parceldesk.sla.CalendarYearInput;
import org.parceldesk.sla.CalendarYearInput.DateEntry;
import org.parceldesk.sla.DayType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 业务日历 — the admin page for the business calendar: which years are entered, the warning while a
 * year is missing, one year's dates, and a form to add or replace a year as two lists of dates (the
 * same rules as the API, see docs/sla.md).
 */
@Controller
@RequestMapping("/console/calendar")
@PreAuthorize("hasAuthority('admin')")
class CalendarConsoleController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CalendarMaintenance maintenance;
    private final CalendarCoverage coverage;
    private final ZoneId zone;

    private final Messages messages;

    CalendarConsoleController(CalendarMaintenance maintenance, CalendarCoverage coverage, ZoneProperties zone,
            Messages messages) {
        this.messages = messages;
        this.maintenance = maintenance;
        this.coverage = coverage;
        this.zone = zone.zone();
    }

    /** The form: one date per line, optionally followed by a space and the holiday's name. */
    static class YearForm {
        private Integer year;
        private boolean complete;
        private String daysOff = "";
        private String makeUpWorkdays = "";

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public boolean isComplete() {
            return complete;
        }

        public void setComplete(boolean complete) {
            this.complete = complete;
        }

        public String getDaysOff() {
            return daysOff;
        }

        public void setDaysOff(String daysOff) {
            this.daysOff = daysOff == null ? "" : daysOff;
        }

        public String getMakeUpWorkdays() {
            return makeUpWorkdays;
        }

        public void setMakeUpWorkdays(String makeUpWorkdays) {
            this.makeUpWorkdays = makeUpWorkdays == null ? "" : makeUpWorkdays;
        }
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer year, Model model) {
        YearForm form = new YearForm();
        if (year != null) {
            form.setYear(year);
            try {
                StoredYear stored = maintenance.year(year);
                form.setComplete(true);
                form.setDaysOff(lines(stored, DayType.PUBLIC_HOLIDAY));
                form.setMakeUpWorkdays(lines(stored, DayType.MAKE_UP_WORKING_DAY));
                model.addAttribute("shown", stored);
            } catch (ApiProblem notEntered) {
                model.addAttribute("error", messages.get("console.calendar.not-entered", String.valueOf(year)));
            }
        }
        return show(form, model);
    }

    @PostMapping
    String save(@ModelAttribute("form") YearForm form, Authentication user, Model model) {
        try {
            if (form.getYear() == null) {
                throw ApiProblem.unprocessable("year", messages.get("console.calendar.year-required"));
            }
            List<String> problems = new ArrayList<>();
            CalendarYearInput input = new CalendarYearInput(form.isComplete(),
                    entries(form.getDaysOff(), "daysOff", problems), entries(form.getMakeUpWorkdays(), "makeUpWorkdays", problems));
            if (!problems.isEmpty()) {
                model.addAttribute("error", String.join("; ", problems));
                return show(form, model);
            }
            CalendarChange change = maintenance.replaceYear(form.getYear(), input, user.getName(), CalendarSource.CONSOLE);
            model.addAttribute("saved", change);
        } catch (ApiProblem problem) {
            model.addAttribute("error", describe(problem));
        }
        return show(form, model);
    }

    private String show(YearForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("years", maintenance.years());
        model.addAttribute("status", coverage.status());
        model.addAttribute("zone", zone.getId());
        model.addAttribute("time", TIME.withZone(zone));
        return "console/calendar";
    }

    private List<DateEntry> entries(String text, String field, List<String> problems) {
        List<DateEntry> entries = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                entries.add(DateEntry.parse(lines[i]));
            } catch (IllegalArgumentException e) {
                problems.add(messages.get("console.calendar.line-problem", field, i + 1, e.getMessage()));
            }
        }
        return entries;
    }

    private static String lines(StoredYear year, DayType type) {
        return String.join("\n", year.entries().stream().filter(entry -> entry.type() == type)
                .map(entry -> entry.date() + " " + entry.occasion()).toList());
    }

    private static String describe(ApiProblem problem) {
        return problem.errors().isEmpty() ? problem.getMessage()
                : String.join("; ", problem.errors().stream()
                        .map(error -> error.field() + ": " + error.message()).toList());
    }
}
