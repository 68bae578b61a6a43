package org.parceldesk.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** 业务日历 page: admins see the missing-year warning, enter a year from two lists of dates, and see what is wrong. */
@ParcelDeskTest
class CalendarConsoleTest {

    private static final String DAYS_OFF_2044 = String.join("\n", "2044-01-01 元旦", "2044-01-02", "2044-01-03",
            "2044-01-29 春节", "2044-01-30", "2044-01-31", "2044-02-01", "2044-02-02", "2044-02-03", "2044-02-04",
            "2044-10-01 国庆节", "2044-10-02", "2044-10-03", "2044-10-04");

    @Autowired
    MockMvc mvc;

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void anAdminIsWarnedAboutAMissingYearAndEntersItOnThePage() throws Exception {
        EngineClock.setNow(Instant.parse("2043-11-02T02:00:00Z"));
        mvc.perform(get("/console/calendar").with(user("admin").authorities(new SimpleGrantedAuthority("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("calendar-warning")))
                .andExpect(content().string(containsString("2044")));
        mvc.perform(get("/console/calendar").param("year", "2044")
                        .with(user("admin").authorities(new SimpleGrantedAuthority("admin"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2044 年尚未录入")));
        mvc.perform(get("/console/calendar").param("year", "2044").header("Accept-Language", "en-US")
                        .with(user("admin").authorities(new SimpleGrantedAuthority("admin"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2044 has not been entered yet")));

        // this year first (nobody entered 2043 either), then next year with a mistake, then right
        mvc.perform(post("/console/calendar").with(user("admin").authorities(new SimpleGrantedAuthority("admin"))).with(csrf())
                        .param("year", "2043").param("daysOff", DAYS_OFF_2044.replace("2044", "2043"))
                        .param("complete", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("calendar-saved")));
        mvc.perform(post("/console/calendar").with(user("admin").authorities(new SimpleGrantedAuthority("admin"))).with(csrf())
                        .param("year", "2044").param("daysOff", DAYS_OFF_2044).param("makeUpWorkdays", "2044-02-05 春节")
                        .param("complete", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("calendar-error")))
                .andExpect(content().string(containsString("调休上班日须为周六或周日")));

        mvc.perform(post("/console/calendar").with(user("admin").authorities(new SimpleGrantedAuthority("admin"))).with(csrf())
                        .param("year", "2044").param("daysOff", DAYS_OFF_2044).param("makeUpWorkdays", "2044-02-06 春节")
                        .param("complete", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("calendar-saved")))
                .andExpect(content().string(not(containsString("calendar-warning"))));
    }

    @Test
    void onlyAdminsOpenThePage() throws Exception {
        mvc.perform(get("/console/calendar").with(user("complaint-supervisor").authorities(new SimpleGrantedAuthority("complaint-supervisor"))))
                .andExpect(status().isForbidden());
    }
}
