package org.parceldesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.parceldesk.claim.ClaimStatus;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The workbench is Chinese whatever the browser asks for, English only by the switch (?lang=en),
 * which a cookie remembers until ?lang=zh; and the English texts have every key the Chinese ones have.
 */
@ParcelDeskTest
class WorkbenchLanguageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void chineseByDefaultEnglishBySwitchRememberedUntilSwitchedBack() throws Exception {
        MockHttpServletResponse english = send(get("/workbench").header("Accept-Language", "en-US,en;q=0.9"));
        assertThat(english.getContentAsString()).contains("lang=\"zh-CN\"").contains("ParcelDesk 工作台")
                .doesNotContain("ParcelDesk workbench");

        MockHttpServletResponse switched = send(get("/workbench").param("lang", "en"));
        assertThat(switched.getContentAsString()).contains("lang=\"en\"").contains("ParcelDesk workbench");
        Cookie remembered = switched.getCookie(WorkbenchTexts.COOKIE);
        assertThat(remembered).isNotNull();
        assertThat(remembered.getValue()).isEqualTo("en");

        for (String page : new String[] {"/workbench?scope=team", "/workbench/search?q=WB0"}) {
            assertThat(send(get(page).cookie(remembered)).getContentAsString()).as(page)
                    .contains("lang=\"en\"").contains("ParcelDesk workbench");
        }

        MockHttpServletResponse back = send(get("/workbench").param("lang", "zh").cookie(remembered));
        assertThat(back.getContentAsString()).contains("lang=\"zh-CN\"").contains("ParcelDesk 工作台");
        assertThat(back.getCookie(WorkbenchTexts.COOKIE).getValue()).isEqualTo("zh");
    }

    @Test
    void anUnknownBulkActionIsRefusedInTheWorkbenchsLanguage() throws Exception {
        MockHttpServletRequestBuilder unknown = post("/workbench/tasks/bulk").param("action", "explode")
                .header("Accept-Language", "en").with(csrf()).with(user("complaint-handler")
                        .authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("complaint-handler")));
        MockHttpServletResponse chinese = mvc.perform(unknown).andReturn().getResponse();
        assertThat(chinese.getStatus()).isEqualTo(400);
        assertThat(chinese.getContentAsString()).contains("action：须为 claim、unclaim 或 reassign");
        MockHttpServletResponse english = mvc.perform(unknown.cookie(new Cookie(WorkbenchTexts.COOKIE, "en")))
                .andReturn().getResponse();
        assertThat(english.getStatus()).isEqualTo(400);
        assertThat(english.getContentAsString()).contains("action: must be claim, unclaim or reassign");
    }

    @Test
    void everyChineseTextHasItsEnglish() throws IOException {
        Properties chinese = workbenchKeys("messages_zh_CN.properties");
        Properties english = workbenchKeys("messages_en.properties");
        assertThat(chinese).hasSizeGreaterThan(100);
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
        english.stringPropertyNames().forEach(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void theWorkbenchsLanguageNotTheBrowsersPicksTheBundle(@Autowired WorkbenchTexts texts,
            @Autowired WorkbenchLabels labels) {
        assertThat(texts.chinese().get("app.title")).isEqualTo("ParcelDesk 工作台");
        assertThat(texts.chinese().format("bulk.reassigned", "li")).isEqualTo("已转派给 li");
        assertThat(texts.chinese().get("no.such.key")).as("a missing key shows as itself").isEqualTo("no.such.key");
        assertThat(labels.lossType("DAMAGE_TOTAL", false)).isEqualTo("全部损毁");
        assertThat(labels.lossType("DAMAGE_TOTAL", true)).isEqualTo("Damage total");
        assertThat(labels.lossType("SOMETHING_NEW", false)).isEqualTo("SOMETHING_NEW");
        for (ClaimStatus status : ClaimStatus.values()) {
            assertThat(labels.claimStatus(status, false)).as(status.name()).isNotEqualTo(status.name())
                    .matches(".*[\\u4e00-\\u9fff].*");
            assertThat(labels.claimStatus(status, true)).as(status.name()).isNotEqualTo(status.name())
                    .doesNotContainPattern("[\\u4e00-\\u9fff]");
        }
    }

    @Test
    void timelineKindsReadAsWordsKeepingTheirSuffix(@Autowired WorkbenchTexts texts) {
        WorkbenchTexts.Texts chinese = texts.chinese();
        assertThat(chinese.event("CONTACTED")).isEqualTo("已联系客户");
        assertThat(chinese.event("DISPUTED #2")).isEqualTo("客户异议 #2");
        assertThat(chinese.event("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }

    @Test
    void everyTimelineKindHasWords(@Autowired WorkbenchTexts texts) {
        java.util.List<String> kinds = new java.util.ArrayList<>();
        for (Enum<?> kind : org.parceldesk.complaint.ComplaintEventType.values()) {
            kinds.add(kind.name());
        }
        for (Enum<?> kind : org.parceldesk.violation.ViolationEventType.values()) {
            kinds.add(kind.name());
        }
        for (Enum<?> kind : org.parceldesk.claim.ClaimEventType.values()) {
            kinds.add(kind.name());
        }
        // the dated steps of a claim registered before claims had a timeline (CaseFile)
        kinds.addAll(java.util.List.of("REGISTERED", "ASSESSED", "APPROVAL", "OFFERED", "DISPUTED", "ACCEPTED", "PAID", "CLOSED"));
        kinds.forEach(kind -> assertThat(texts.chinese().event(kind)).as(kind).isNotBlank().isNotEqualTo(kind));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user("complaint-handler")
                .authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("complaint-handler"))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }

    /** The {@code workbench.*} keys of a bundle. */
    private static Properties workbenchKeys(String bundle) throws IOException {
        Properties all = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(bundle).getInputStream(), StandardCharsets.UTF_8)) {
            all.load(reader);
        }
        Properties workbench = new Properties();
        all.stringPropertyNames().stream().filter(key -> key.startsWith(WorkbenchTexts.PREFIX))
                .forEach(key -> workbench.setProperty(key, all.getProperty(key)));
        return workbench;
    }
}
