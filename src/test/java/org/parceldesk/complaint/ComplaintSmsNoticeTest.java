package org.parceldesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parceldesk.complaint.ComplaintTestSupport.MONDAY_9AM;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The customer is told by e-mail when they gave an address, else by SMS to a mobile number, else by phone. */
@ParcelDeskTest
class ComplaintSmsNoticeTest {

    @Autowired
    ComplaintTestSupport support;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ComplaintValidator validator;

    @BeforeEach
    void monday() {
        EngineClock.setNow(MONDAY_9AM);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    private List<Map<String, Object>> notices(String caseNo) {
        return jdbc.queryForList("select id, channel, recipient, template from notification_outbox where case_no = ? order by id",
                caseNo);
    }

    @Test
    void aCustomerWithOnlyAMobileNumberGetsTheAcknowledgmentBySms() throws Exception {
        NewComplaint request = ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null);
        String caseNo = support.file(request);

        List<Map<String, Object>> queued = notices(caseNo);
        assertThat(queued).singleElement().satisfies(row -> {
            assertThat(row.get("CHANNEL")).isEqualTo("SMS");
            assertThat(row.get("RECIPIENT")).isEqualTo(request.customerPhone());
            assertThat(row.get("TEMPLATE")).isEqualTo("complaint-acknowledgment");
        });
        assertThat(support.events(caseNo, ComplaintEventType.CUSTOMER_NOTICE_QUEUED)).isEqualTo(1);
        mvc.perform(get("/api/v1/notifications/" + queued.get(0).get("ID") + "/preview").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("SMS (1 segment)"))
                .andExpect(jsonPath("$.text").value(org.hamcrest.Matchers.startsWith("【ParcelDesk】您好！您的投诉已受理，案件号" + caseNo)));
        mvc.perform(get("/api/v1/notifications?caseNo=" + caseNo).with(httpBasic("complaint-handler", "demo")))
                .andExpect(jsonPath("$.content[0].channel").value("SMS"))
                .andExpect(jsonPath("$.content[0].recipient").value(org.parceldesk.common.PersonalData.maskPhone(request.customerPhone())));
    }

    @Test
    void anEmailAddressWinsOverTheMobileNumber() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, "both@example.com"));

        assertThat(notices(caseNo)).singleElement().satisfies(row -> {
            assertThat(row.get("CHANNEL")).isEqualTo("EMAIL");
            assertThat(row.get("RECIPIENT")).isEqualTo("both@example.com");
        });
    }

    @Test
    void aLandlineOnlyIsToldByPhone() {
        String caseNo = support.file(ComplaintTestSupport.withPhone(
                ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null), "010-62345678"));

        assertThat(notices(caseNo)).isEmpty();
        assertThat(support.events(caseNo, ComplaintEventType.CUSTOMER_NOT_NOTIFIED)).isEqualTo(1);
    }

    @Test
    void thePhoneMayBeLeftOutOnlyByAMailWithAnAddress() {
        NewComplaint base = ComplaintTestSupport.newComplaint(ComplaintChannel.EMAIL, "mail@example.com");
        NewComplaint mailWithoutPhone = ComplaintTestSupport.withPhone(base, null);
        assertThat(validator.validate(mailWithoutPhone).customer().phone()).isNull();

        NewComplaint phoneCallWithoutPhone = new NewComplaint(base.waybillNo(), "PHONE", base.category(),
                base.customerName(), null, "mail@example.com", base.description());
        NewComplaint mailWithoutAnything = new NewComplaint(base.waybillNo(), "EMAIL", base.category(),
                base.customerName(), null, null, base.description());
        for (NewComplaint refused : List.of(phoneCallWithoutPhone, mailWithoutAnything)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> validator.validate(refused))
                    .isInstanceOfSatisfying(org.parceldesk.common.ApiProblem.class, problem ->
                            assertThat(problem.errors()).extracting(org.parceldesk.common.FieldProblem::field)
                                    .containsExactly("customerPhone"));
        }
    }
}
