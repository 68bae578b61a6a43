package org.parceldesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.parceldesk.complaint.ComplaintTestSupport.MONDAY_9AM;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.hamcrest.Matchers;

/** The customer portal: filing without login, the status page and the survey behind signed links. */
@ParcelDeskTest
class ComplaintPortalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ComplaintTestSupport support;
    @Autowired
    ComplaintLinks links;
    @Autowired
    ObjectMapper json;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void monday() {
        EngineClock.setNow(MONDAY_9AM);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void aCustomerFilesAComplaintWithoutLoginAndFollowsIt() throws Exception {
        mvc.perform(get("/portal/complaints/new")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("提交投诉")));
        NewComplaint complaint = ComplaintTestSupport.newComplaint(ComplaintChannel.WEB, "web@example.com");

        MvcResult filed = mvc.perform(post("/portal/complaints").with(csrf())
                        .param("requestId", "portal-" + complaint.waybillNo() + complaint.category())
                        .param("waybillNo", complaint.waybillNo()).param("category", complaint.category())
                        .param("customerName", "赵六").param("customerPhone", "13566667777")
                        .param("customerEmail", "web@example.com").param("description", complaint.description()))
                .andExpect(status().is3xxRedirection()).andReturn();

        String location = filed.getResponse().getRedirectedUrl();
        assertThat(location).matches("/portal/complaints/TS20260302\\d{6}\\?token=.+");
        String caseNo = location.substring("/portal/complaints/".length(), location.indexOf('?'));
        assertThat(support.detail(caseNo).channel()).isEqualTo(ComplaintChannel.WEB);
        mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(caseNo)))
                .andExpect(content().string(Matchers.containsString("2026-03-09 09:00")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("13566667777"))));
        // the same link as JSON
        String token = location.substring(location.indexOf("token=") + 6);
        mvc.perform(get("/api/public/complaints/" + caseNo).param("token", token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNo").value(caseNo)).andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.statusLabel").value("已受理"))
                .andExpect(jsonPath("$.timeline[0].label").value("投诉已受理"));
        mvc.perform(get("/api/public/complaints/" + caseNo).param("token", token).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.statusLabel").value("Received"))
                .andExpect(jsonPath("$.timeline[0].label").value("Complaint received"));
    }

    @Test
    void anotherCustomerFilingInThePortalJoinsTheOpenCaseWithoutLearningItsNumber() throws Exception {
        NewComplaint complaint = ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null);
        String caseNo = support.file(complaint);

        mvc.perform(post("/portal/complaints").with(csrf()).param("requestId", "dup-" + caseNo)
                        .param("waybillNo", complaint.waybillNo()).param("category", complaint.category())
                        .param("customerName", "周九").param("customerPhone", "13511112222")
                        .param("description", "同一个快件的同类问题，我也来反映一下。"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("已并入处理中的案件")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(caseNo))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("token="))));

        assertThat(support.complaintsOn(complaint.waybillNo(), complaint.category())).isEqualTo(1);
        assertThat(support.events(caseNo, ComplaintEventType.CO_COMPLAINANT_ADDED)).isEqualTo(1);
        assertThat(support.detail(caseNo).coComplainants()).singleElement()
                .satisfies(co -> assertThat(co.name()).isEqualTo("周九"));
    }

    @Test
    void theFormShowsEveryWrongFieldAndStoresNothing() throws Exception {
        long before = support.complaintsOn("PD9999999999", "DELAY");
        mvc.perform(post("/portal/complaints").with(csrf()).param("requestId", "bad-form-1")
                        .param("waybillNo", "PD9999999999").param("category", "DELAY").param("customerName", "")
                        .param("customerPhone", "123").param("description", "短"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("id=\"error-customerPhone\"")))
                .andExpect(content().string(Matchers.containsString("id=\"error-customerName\"")))
                .andExpect(content().string(Matchers.containsString("id=\"error-description\"")));
        mvc.perform(post("/portal/complaints").with(csrf()).param("requestId", "bad-form-2")
                        .param("waybillNo", "PD9999999999").param("category", "DELAY").param("customerName", "钱七")
                        .param("customerPhone", "13500001111").param("description", "快件一直没有收到，请核查。"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("id=\"error-waybillNo\"")));
        assertThat(support.complaintsOn("PD9999999999", "DELAY")).isEqualTo(before);
    }

    @Test
    void forgedExpiredOrForeignLinksOpenNothing() throws Exception {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null));
        String otherCase = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null));
        String token = links.token(caseNo, ComplaintLinks.Purpose.STATUS);

        mvc.perform(get("/portal/complaints/" + caseNo).param("token", token)).andExpect(status().isOk());
        mvc.perform(get("/portal/complaints/" + otherCase).param("token", token)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/complaints/" + caseNo).param("token", token.substring(0, token.length() - 2) + "xx"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal/complaints/" + caseNo)).andExpect(status().isNotFound());
        // a status link is no survey link
        mvc.perform(get("/portal/survey").param("token", token))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/public/complaints/" + caseNo).param("token", "nope")).andExpect(status().isNotFound());

        EngineClock.setNow(MONDAY_9AM.plus(Duration.ofDays(181)));
        mvc.perform(get("/portal/complaints/" + caseNo).param("token", token)).andExpect(status().isNotFound());
    }

    @Test
    void theCustomerRatesThroughTheSurveyLinkAndTheCaseCloses() throws Exception {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.WEB, "rate@example.com"));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);
        support.conclude(caseNo, false, false, null);
        support.reply(caseNo);
        String token = links.token(caseNo, ComplaintLinks.Purpose.SURVEY);

        mvc.perform(get("/portal/survey").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"survey-form\"")));
        mvc.perform(post("/portal/survey").with(csrf()).param("token", token).param("satisfaction", "9"))
                .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("id=\"survey-error\"")))
                .andExpect(content().string(Matchers.containsString("请选择1至5分的评分")));
        mvc.perform(post("/portal/survey").with(csrf()).param("token", token).param("satisfaction", "9")
                        .header("Accept-Language", "en-GB,en;q=0.8"))
                .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("Choose a rating from 1 to 5")));
        assertThat(pi).isWaitingAt(ComplaintProcess.TASK_SATISFACTION_CALLBACK);

        mvc.perform(post("/portal/survey").with(csrf()).param("token", token).param("satisfaction", "4")
                        .param("comment", "处理及时"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("感谢您的评价")));

        assertThat(pi).isEnded().hasPassed("EndEvent_Closed");
        ComplaintViews.Detail detail = support.detail(caseNo);
        assertThat(detail.satisfaction()).isEqualTo(4);
        assertThat(detail.satisfactionSource()).isEqualTo("PORTAL");
        assertThat(detail.timeline()).filteredOn(e -> e.type() == ComplaintEventType.SATISFACTION_RECORDED)
                .extracting(ComplaintViews.Event::actor).containsExactly("customer");
        // a second answer finds the survey closed
        mvc.perform(get("/portal/survey").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"survey-closed\"")));
        mvc.perform(post("/portal/survey").with(csrf()).param("token", token).param("satisfaction", "1"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("本次回访已结束")));
        assertThat(support.detail(caseNo).satisfaction()).isEqualTo(4);
    }

    @Test
    void aDissatisfiedPortalRatingReopensTheCase() throws Exception {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.WEB, "angry@example.com"));
        support.contact(caseNo);
        support.conclude(caseNo, false, false, null);
        support.reply(caseNo);

        mvc.perform(post("/portal/survey").with(csrf()).param("token", links.token(caseNo, ComplaintLinks.Purpose.SURVEY))
                .param("satisfaction", "1").param("comment", "完全没有解决问题")).andExpect(status().isOk());

        assertThat(support.process(caseNo)).isWaitingAt(ComplaintProcess.TASK_SUPERVISOR_REVIEW);
        assertThat(support.detail(caseNo).status()).isEqualTo(ComplaintStatus.REOPENED);
    }

    @Test
    void whileWaitingTheCustomerAddsInformationOnTheStatusPageAndTheCaseContinues() throws Exception {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, "info@example.com"));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);
        Instant asked = MONDAY_9AM.plus(Duration.ofHours(4));
        EngineClock.setNow(asked);
        support.complete(caseNo, ComplaintProcess.TASK_INVESTIGATE, Map.of("investigationOutcome", "WAIT_FOR_CUSTOMER",
                "customerInfoRequest", "请提供外包装破损照片的文字描述"));
        assertThat(pi).isWaitingAt(ComplaintProcess.TASK_AWAIT_CUSTOMER_INFO);

        // the info-request e-mail links to the status page, which shows the form
        URI statusUrl = URI.create(json.readTree(jdbc.queryForObject("select model from notification_outbox "
                + "where case_no = ? and template = 'complaint-info-request'", String.class, caseNo))
                .get("statusUrl").asText());
        assertThat(statusUrl.getRawPath()).isEqualTo("/portal/complaints/" + caseNo);
        mvc.perform(get(statusUrl.getRawPath() + "?" + statusUrl.getRawQuery())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"info-form\"")))
                .andExpect(content().string(Matchers.containsString("请提供外包装破损照片的文字描述")))
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
        String token = statusUrl.getRawQuery().substring("token=".length());

        Instant answered = asked.plus(Duration.ofDays(2));
        EngineClock.setNow(answered);
        // without the CSRF token nothing happens
        mvc.perform(post("/portal/complaints/" + caseNo + "/information").param("token", token)
                .param("information", "外箱右下角压扁，内件屏幕碎裂")).andExpect(status().isForbidden());
        assertThat(pi).isWaitingAt(ComplaintProcess.TASK_AWAIT_CUSTOMER_INFO);
        // an empty answer is refused with a message
        mvc.perform(post("/portal/complaints/" + caseNo + "/information").with(csrf()).param("token", token)
                .param("information", "  ")).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("id=\"info-error\"")));
        assertThat(pi).isWaitingAt(ComplaintProcess.TASK_AWAIT_CUSTOMER_INFO);

        mvc.perform(post("/portal/complaints/" + caseNo + "/information").with(csrf()).param("token", token)
                        .param("information", "外箱右下角压扁，内件屏幕碎裂"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"info-received\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"info-form\""))));

        assertThat(pi).isWaitingAt(ComplaintProcess.TASK_INVESTIGATE);
        ComplaintViews.Detail resumed = support.detail(caseNo);
        assertThat(resumed.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        // the resolution clock was paused for the two days the customer took
        assertThat(resumed.sla().promisedResolutionAt()).isEqualTo(MONDAY_9AM.plus(Duration.ofDays(7)));
        assertThat(resumed.sla().resolutionDueAt()).isEqualTo(MONDAY_9AM.plus(Duration.ofDays(9)));
        assertThat(support.task(caseNo, ComplaintProcess.TASK_INVESTIGATE).getDueDate().toInstant())
                .isEqualTo(MONDAY_9AM.plus(Duration.ofDays(9)));
        assertThat(resumed.timeline()).filteredOn(e -> e.type() == ComplaintEventType.CUSTOMER_INFO_RECEIVED)
                .extracting(ComplaintViews.Event::actor, ComplaintViews.Event::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("customer", "外箱右下角压扁，内件屏幕碎裂"));
        assertThat(support.runtimeVariable(caseNo, ComplaintProcess.CUSTOMER_INFO_SOURCE)).isEqualTo("PORTAL");
        assertThat(String.valueOf(support.runtimeVariable(caseNo, ComplaintProcess.CUSTOMER_INFO_NOTE)))
                .doesNotContain("屏幕碎裂");
    }

    @Test
    void addingInformationWhenTheCaseDoesNotWaitIsRefusedAndChangesNothing() throws Exception {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null));
        ProcessInstance pi = support.process(caseNo);
        support.contact(caseNo);
        String token = links.token(caseNo, ComplaintLinks.Purpose.STATUS);
        mvc.perform(get("/portal/complaints/" + caseNo).param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"info-form\""))));
        int events = support.detail(caseNo).timeline().size();

        mvc.perform(post("/portal/complaints/" + caseNo + "/information").with(csrf()).param("token", token)
                        .param("information", "我再补充一点情况"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("id=\"info-refused\"")));

        assertThat(pi).isWaitingAt(ComplaintProcess.TASK_INVESTIGATE);
        assertThat(support.detail(caseNo).status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(support.detail(caseNo).timeline()).hasSize(events);
    }

    @Test
    void addingInformationWithAForgedOrForeignTokenIsNotFound() throws Exception {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null));
        String otherCase = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null));
        support.contact(caseNo);
        support.complete(caseNo, ComplaintProcess.TASK_INVESTIGATE, Map.of("investigationOutcome", "WAIT_FOR_CUSTOMER",
                "customerInfoRequest", "请提供收件地址门牌号"));
        String token = links.token(caseNo, ComplaintLinks.Purpose.STATUS);

        mvc.perform(post("/portal/complaints/" + caseNo + "/information").with(csrf())
                        .param("token", token.substring(0, token.length() - 2) + "xx").param("information", "3号楼"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/portal/complaints/" + caseNo + "/information").with(csrf())
                        .param("token", links.token(otherCase, ComplaintLinks.Purpose.STATUS)).param("information", "3号楼"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/portal/complaints/" + caseNo + "/information").with(csrf())
                        .param("token", links.token(caseNo, ComplaintLinks.Purpose.SURVEY)).param("information", "3号楼"))
                .andExpect(status().isNotFound());

        assertThat(support.process(caseNo)).isWaitingAt(ComplaintProcess.TASK_AWAIT_CUSTOMER_INFO);
        assertThat(support.events(caseNo, ComplaintEventType.CUSTOMER_INFO_RECEIVED)).isZero();
    }
}
