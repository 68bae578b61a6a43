package org.parceldesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parceldesk.sla.SlaTesting.newCaseNo;
import static org.parceldesk.sla.SlaTesting.shanghai;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hamcrest.Matchers;
import org.springframework.boot.actuate.health.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The business calendar as data: admin enters a year through the API (made-up test years, not a
 * guess at official dates), business-time SLAs follow it at once, bad input is refused with the
 * field at fault, running clocks and their timers move, and every change is audited.
 */
@ParcelDeskTest
class CalendarAdminTest {

    private static final String REGULATOR_FIRST_CONTACT = "complaint-first-contact-regulator"; // 2 h business

    /** 2031, invented: New Year 1–3 Jan, a Spring Festival block Wed 22 – Tue 28 Jan with make-up Sat 18 Jan and Sat 8 Feb, National Day 1–7 Oct. */
    private static final String YEAR_2031 = """
            {"complete": true,
             "daysOff": ["2031-01-01 元旦", "2031-01-02 元旦", "2031-01-03 元旦",
                         "2031-01-22 春节", "2031-01-23 春节", "2031-01-24 春节", "2031-01-25 春节",
                         "2031-01-26 春节", "2031-01-27 春节", "2031-01-28 春节",
                         {"date": "2031-10-01", "name": "国庆节"}, "2031-10-02", "2031-10-03", "2031-10-04",
                         "2031-10-05", "2031-10-06", "2031-10-07"],
             "makeUpWorkdays": ["2031-01-18 春节", "2031-02-08 春节"]}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    SlaClockService clocks;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    CalendarCoverage coverage;
    @Autowired
    CalendarReminder reminder;
    @Autowired
    CalendarHealthIndicator health;

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    private ResultActions putYear(int year, String json, String user) throws Exception {
        return mvc.perform(put("/api/v1/admin/calendar/" + year).contentType(MediaType.APPLICATION_JSON).content(json)
                .with(httpBasic(user, "demo")));
    }

    private ResultActions putYearInEnglish(int year, String json) throws Exception {
        return mvc.perform(put("/api/v1/admin/calendar/" + year).contentType(MediaType.APPLICATION_JSON).content(json)
                .header("Accept-Language", "en").with(httpBasic("admin", "demo")));
    }

    private SlaClock startClockAt(String localTime) {
        EngineClock.setNow(shanghai(localTime));
        return clocks.start(newCaseNo(), REGULATOR_FIRST_CONTACT);
    }

    @Test
    void businessHoursSkipASpringFestivalBlockAndCountItsMakeUpWeekendDaysOnceTheYearIsEntered() throws Exception {
        // an operations lead enters next year in December (dates more than two years ahead are refused as implausible)
        EngineClock.setNow(shanghai("2030-12-01T09:00"));
        putYear(2031, YEAR_2031, "admin").andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2031));

        // Tue 16:30: half an hour today, then the block Wed 22 – Tue 28 is off; 1.5 h on Wed 29 from 08:30
        assertThat(startClockAt("2031-01-21T16:30").getDueAt()).isEqualTo(shanghai("2031-01-29T10:00"));
        // Fri 16:00: one hour today; Saturday 18 January is a make-up working day
        assertThat(startClockAt("2031-01-17T16:00").getDueAt()).isEqualTo(shanghai("2031-01-18T09:30"));
        // an ordinary Saturday is still off: Fri 31 Jan 16:00 → Mon 3 Feb 09:30
        assertThat(startClockAt("2031-01-31T16:00").getDueAt()).isEqualTo(shanghai("2031-02-03T09:30"));
        assertThat(calendar.businessTimeBetween(shanghai("2031-01-21T08:30"), shanghai("2031-01-29T17:00")))
                .as("Tue and Wed only").isEqualTo(Duration.ofMinutes(17 * 60 - 8 * 60 - 30).multipliedBy(2));

        mvc.perform(get("/api/v1/admin/calendar/2031").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.daysOff").value(17))
                .andExpect(jsonPath("$.makeUpWorkdays").value(2))
                .andExpect(jsonPath("$.source").value("API"))
                .andExpect(jsonPath("$.days[?(@.date == '2031-01-18')].type").value("MAKE_UP_WORKING_DAY"))
                .andExpect(jsonPath("$.days[?(@.date == '2031-10-02')].name").value("法定节假日 Public holiday"));
        mvc.perform(get("/api/v1/admin/calendar/audit").param("year", "2031").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].changedBy").value("admin"))
                .andExpect(jsonPath("$[0].action").value("CREATED"))
                .andExpect(jsonPath("$[0].summary").value(Matchers.containsString("+2031-01-18 MAKE_UP_WORKING_DAY 春节")));
    }

    @Test
    void aBadYearIsRefusedWithEveryDateAtFaultAndNothingIsWritten() throws Exception {
        String bad = """
                {"complete": false,
                 "daysOff": ["2036-01-01", "2037-01-02", "2036-02-02", "2036-02-02"],
                 "makeUpWorkdays": ["2036-02-02", "2036-02-05"]}
                """;
        putYear(2036, bad, "admin")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("2036 年的节假日安排未保存：5 个问题"))
                .andExpect(jsonPath("$.errors[?(@.field == 'daysOff[1]')].message").value("2037-01-02 不在 2036 年内"))
                .andExpect(jsonPath("$.errors[?(@.field == 'daysOff[3]')].message")
                        .value(Matchers.contains("2036-02-02 重复列出（另见 daysOff[2]）")))
                .andExpect(jsonPath("$.errors[?(@.field == 'makeUpWorkdays[1]')].message")
                        .value(Matchers.contains("2036-02-05 是星期二；调休上班日须为周六或周日")));
        putYearInEnglish(2036, bad)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("The calendar for 2036 was not saved: 5 problem(s)"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'complete')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'daysOff[1]')].message").value("2037-01-02 is not in 2036"))
                .andExpect(jsonPath("$.errors[?(@.field == 'daysOff[3]')].message")
                        .value(Matchers.contains(Matchers.containsString("listed twice"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'makeUpWorkdays[0]')].message")
                        .value(Matchers.contains(Matchers.containsString("both a day off and a make-up working day"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'makeUpWorkdays[1]')].message")
                        .value(Matchers.contains("2036-02-05 is a TUESDAY; a make-up working day is a Saturday or Sunday")));
        putYearInEnglish(2036, """
                {"complete": true, "daysOff": ["2036-01-01"]}
                """)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("daysOff"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("at least 13")));
        putYear(2036, "{\"complete\": true, \"daysOff\": [\"not-a-date\"]}", "admin")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(Matchers.startsWith("daysOff")));

        mvc.perform(get("/api/v1/admin/calendar/2036").with(httpBasic("admin", "demo"))).andExpect(status().isNotFound());
        assertThat(calendar.holidays().configuredYears()).doesNotContain(2036);
    }

    @Test
    void onlyAdminMaintainsTheCalendar() throws Exception {
        putYear(2037, YEAR_2031.replace("2031", "2037"), "complaint-supervisor").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/calendar").with(httpBasic("process-designer", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/calendar")).andExpect(status().isUnauthorized());
        assertThat(calendar.holidays().configuredYears()).doesNotContain(2037);
    }

    @Test
    void aCsvFileEntersAYearAndItsProblemsNameTheLine() throws Exception {
        String good = """
                date,type,name
                # 2038, invented
                2038-01-01,OFF,元旦 New Year's Day
                2038-02-10,OFF,春节
                2038-02-11,OFF,春节
                2038-02-12,OFF,春节
                2038-02-13,OFF,春节
                2038-02-14,OFF,春节
                2038-02-15,OFF,春节
                2038-02-16,OFF,春节
                2038-10-01,OFF,"国庆节, National Day"
                2038-10-02,OFF,国庆节
                2038-10-03,OFF,国庆节
                2038-10-04,OFF,国庆节
                2038-10-05,OFF,国庆节
                2038-02-20,WORK,春节
                """;
        MockMultipartFile bad = csv("""
                date,type,name
                2038-01-01,OFF,元旦
                2038-02-19,WORK,春节
                2038-13-01,OFF,x
                """);
        mvc.perform(multipart("/api/v1/admin/calendar/2038/file").file(bad).param("complete", "true")
                        .header("Accept-Language", "en").with(httpBasic("admin", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.line == 3)].message")
                        .value(Matchers.contains(Matchers.containsString("Saturday or Sunday"))))
                .andExpect(jsonPath("$.errors[?(@.line == 4)].field").value("date"))
                .andExpect(jsonPath("$.errors[?(@.line == 4)].message")
                        .value(Matchers.contains("'2038-13-01' is not a date like 2031-01-01")));
        mvc.perform(multipart("/api/v1/admin/calendar/2038/file").file(bad).param("complete", "true")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.line == 3)].message")
                        .value(Matchers.contains("2038-02-19 是星期五；调休上班日须为周六或周日")))
                .andExpect(jsonPath("$.errors[?(@.line == 4)].message")
                        .value(Matchers.contains("“2038-13-01” 不是日期（如 2031-01-01）")));

        mvc.perform(multipart("/api/v1/admin/calendar/2038/file").file(csv(good)).param("complete", "true")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.action").value("CREATED"));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2038-02-20"))).as("make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2038-10-01"))).isFalse();
        assertThat(calendar.holidays().occasion(LocalDate.parse("2038-10-01"))).hasValue("国庆节, National Day");
    }

    @Test
    void anICalendarFileEntersAYearWithItsBlocksAndMakeUpDays() throws Exception {
        // 2039, invented; lines end with CRLF as RFC 5545 writes them, one summary folded over two lines
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//holidays//ZH",
                "BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20390101", "DTEND;VALUE=DATE:20390104", "SUMMARY:元旦 休",
                "END:VEVENT",
                "BEGIN:VEVENT", "UID:2", "DTSTART;VALUE=DATE:20390124", "DTEND;VALUE=DATE:20390131", "SUMMARY:春节",
                " 假期", "END:VEVENT",
                "BEGIN:VEVENT", "UID:3", "DTSTART;VALUE=DATE:20390122", "SUMMARY:春节 补班", "END:VEVENT",
                "BEGIN:VEVENT", "UID:4", "DTSTART;VALUE=DATE:20391001", "DTEND;VALUE=DATE:20391008",
                "SUMMARY:国庆节\\, National Day", "END:VEVENT",
                "BEGIN:VEVENT", "UID:5", "DTSTART;VALUE=DATE:20391009", "SUMMARY:国庆节 班", "END:VEVENT",
                "END:VCALENDAR", "");
        MockMultipartFile timed = new MockMultipartFile("file", "holidays.ics", "text/calendar", String.join("\r\n",
                "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20390101T090000Z", "SUMMARY:元旦", "END:VEVENT",
                "END:VCALENDAR").getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/admin/calendar/2039/file").file(timed).param("complete", "true")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.line == 2)].message")
                        .value(Matchers.contains(Matchers.containsString("不是全天日期"))));
        mvc.perform(multipart("/api/v1/admin/calendar/2039/file").file(timed).param("complete", "true")
                        .header("Accept-Language", "en").with(httpBasic("admin", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.line == 2)].message")
                        .value(Matchers.contains(Matchers.containsString("is not an all-day date"))));

        mvc.perform(multipart("/api/v1/admin/calendar/2039/file")
                        .file(new MockMultipartFile("file", "holidays.ics", "text/calendar", ics.getBytes(StandardCharsets.UTF_8)))
                        .param("complete", "true")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.action").value("CREATED"));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2039-01-03"))).as("last day of the New Year block").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2039-01-04"))).as("DTEND is exclusive").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2039-01-31"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2039-01-22"))).as("make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2039-10-09"))).as("make-up Sunday").isTrue();
        assertThat(calendar.holidays().occasion(LocalDate.parse("2039-01-27"))).hasValue("春节假期");
        assertThat(calendar.holidays().occasion(LocalDate.parse("2039-10-07"))).hasValue("国庆节, National Day");
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "calendar.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void enteringAYearMovesRunningBusinessClocksAndTheirTimers() throws Exception {
        repositoryService.createDeployment().name("sla-test").addClasspathResource("processes-test/sla-test.bpmn")
                .enableDuplicateFiltering(true).deploy();
        // Fri 20 Jan 2034 16:30, 2034 not entered yet: half an hour today, 1.5 h on Monday 23 Jan
        EngineClock.setNow(shanghai("2034-01-20T16:30"));
        String caseNo = newCaseNo();
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("sla-test", caseNo,
                Map.of("slaName", REGULATOR_FIRST_CONTACT));
        assertThat(timerDue(instance, "Timer_Breach")).isEqualTo(shanghai("2034-01-23T10:00"));

        // the notice for 2034 (invented) makes Mon 23 – Tue 31 January days off
        String json = YEAR_2031.replace("2031", "2034")
                .replace("\"makeUpWorkdays\": [\"2034-01-18 春节\", \"2034-02-08 春节\"]", "\"makeUpWorkdays\": []")
                .replace("\"2034-01-22 春节\",", "\"2034-01-22 春节\", \"2034-01-29\", \"2034-01-30\", \"2034-01-31\",");
        putYear(2034, json.replace("\"makeUpWorkdays\": []", "\"makeUpWorkdays\": [\"2034-01-23\"]"), "admin")
                .andExpect(status().isUnprocessableEntity());
        assertThat(timerDue(instance, "Timer_Breach")).as("a refused change moves nothing")
                .isEqualTo(shanghai("2034-01-23T10:00"));
        putYear(2034, json, "admin").andExpect(status().isOk())
                .andExpect(jsonPath("$.clocksRecomputed").value(Matchers.greaterThanOrEqualTo(1)));

        // 1.5 h on Wed 1 February (22..31 January off)
        SlaClock moved = clocks.find(caseNo, REGULATOR_FIRST_CONTACT).orElseThrow();
        assertThat(moved.getDueAt()).isEqualTo(shanghai("2034-02-01T10:00"));
        assertThat(timerDue(instance, "Timer_Breach")).isEqualTo(shanghai("2034-02-01T10:00"));
        assertThat(timerDue(instance, "Timer_Warning")).isEqualTo(moved.getWarningAt())
                .isEqualTo(shanghai("2034-02-01T09:30"));
        mvc.perform(get("/api/v1/admin/calendar/audit").param("year", "2034").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$[0].clocksRecomputed").value(Matchers.greaterThanOrEqualTo(1)));

        // the same year again changes nothing and is not audited again
        putYear(2034, json, "admin").andExpect(status().isOk()).andExpect(jsonPath("$.summary").value("no change"));
        mvc.perform(get("/api/v1/admin/calendar/audit").param("year", "2034").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$", Matchers.hasSize(1)));
    }

    private java.time.Instant timerDue(ProcessInstance instance, String timerId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(timerId)
                .singleResult().getDuedate().toInstant();
    }

    @Test
    void fromTheFirstOfNovemberAMissingNextYearIsWarnedAboutUntilItIsEntered() throws Exception {
        EngineClock.setNow(shanghai("2032-10-31T12:00"));
        assertThat(coverage.status().missingYears()).as("2032 itself is missing").containsExactly(2032);
        putYear(2032, YEAR_2031.replace("2031", "2032").replace("2032-01-18", "2032-01-17")
                .replace("2032-02-08", "2032-02-07"), "admin").andExpect(status().isOk());
        assertThat(coverage.status().ok()).as("31 October: next year not yet due").isTrue();

        EngineClock.setNow(shanghai("2032-11-01T08:00"));
        assertThat(coverage.status().missingYears()).containsExactly(2033);
        assertThat(coverage.status().warning()).contains("2033").startsWith("节假日安排缺少 2033 年");
        mvc.perform(get("/api/v1/admin/calendar").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.missingYears[0]").value(2033))
                .andExpect(jsonPath("$.warning").value(Matchers.containsString("2033")));
        mvc.perform(get("/api/v1/admin/calendar").header("Accept-Language", "en").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.warning").value(Matchers.startsWith("The business calendar has no holidays for 2033")));
        assertThat(health.health().getStatus()).as("a warning, never DOWN").isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("missingYears", java.util.List.of(2033));

        // the daily mail: each node's trigger queues it, the outbox keeps one per admin and day
        // (what the cron trigger runs, not the proxied method: it must bring its own transaction)
        reminder.runScheduled();
        reminder.runScheduled();
        mvc.perform(get("/api/v1/notifications").param("caseNo", "CALENDAR-2033").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].template").value("calendar-missing"))
                .andExpect(jsonPath("$.content[0].recipient").value("admin@parceldesk.example"));
        EngineClock.setNow(shanghai("2032-11-02T09:00"));
        reminder.remindIfMissing();
        mvc.perform(get("/api/v1/notifications").param("caseNo", "CALENDAR-2033").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.totalElements").value(2));

        putYear(2033, YEAR_2031.replace("2031", "2033").replace("2033-01-18", "2033-01-15")
                .replace("2033-02-08", "2033-02-05"), "admin").andExpect(status().isOk());
        assertThat(coverage.status().ok()).isTrue();
        assertThat(reminder.remindIfMissing()).isEmpty();
        assertThat(health.health().getDetails()).doesNotContainKey("warning");
    }
}
