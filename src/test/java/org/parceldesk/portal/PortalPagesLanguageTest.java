package org.parceldesk.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.parceldesk.complaint.ComplaintLinks;
import org.parceldesk.shipment.ServiceType;
import org.parceldesk.shipment.Shipment;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.shipment.ShipmentStatus;
import org.parceldesk.testing.PageLanguageCases;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every page of the customer portal in both languages ({@link PageLanguageCases}), one sample text per page
 * from the bundles' {@code portal.page.*} texts; a page that needs a case files one on a fresh waybill.
 */
@ParcelDeskTest
class PortalPagesLanguageTest extends PageLanguageCases<PortalPagesLanguageTest> {

    private static final AtomicLong WAYBILLS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    @Autowired
    ShipmentRepository shipments;
    @Autowired
    ComplaintLinks complaintLinks;

    static Stream<Arguments> pages() {
        return Stream.of(
                new Page<PortalPagesLanguageTest>("index", t -> get("/portal"), "您好，请问有什么可以帮您？", "Hello, how can we help?"),
                new Page<PortalPagesLanguageTest>("complaint/new", t -> get("/portal/complaints/new"), "问题描述 *", "What happened *"),
                new Page<PortalPagesLanguageTest>("complaint/status", t -> get(t.fileComplaint()), "承诺办结时间", "Promised resolution by"),
                new Page<PortalPagesLanguageTest>("complaint/duplicate", t -> t.complaintForm(t.complaintFiledOn()), "并已并入处理中的案件",
                        "joined to the case already open"),
                new Page<PortalPagesLanguageTest>("complaint/invalid-link", t -> get("/portal/complaints/TS20260101000001").param("token", "forged"),
                        "链接无效", "Invalid link"),
                new Page<PortalPagesLanguageTest>("complaint/track", t -> get("/portal/track"), "投诉时留的手机号，或其后四位",
                        "The phone number you gave, or its last four digits"),
                new Page<PortalPagesLanguageTest>("complaint/tracked", t -> t.track(t.caseNoOf(t.fileComplaint()), "3388"), "承诺办结时间",
                        "Promised resolution by"),
                new Page<PortalPagesLanguageTest>("complaint/track-not-found", t -> t.track("TS20260101999999", "0000"), "未找到匹配的投诉",
                        "No matching complaint"),
                new Page<PortalPagesLanguageTest>("complaint/survey", t -> get("/portal/survey").param("token", t.surveyToken()),
                        "本次回访已结束，感谢您的关注。", "This survey is over. Thank you for your interest."),
                new Page<PortalPagesLanguageTest>("complaint/survey-done", t -> post("/portal/survey").with(csrf()).param("token", t.surveyToken())
                        .param("satisfaction", "5"), "本次回访已结束", "This survey is over"),
                new Page<PortalPagesLanguageTest>("claim/new", t -> get("/portal/claims/new"), "证明材料（jpg、png、pdf，每个不超过 5 MB）",
                        "Evidence (jpg, png, pdf, up to 5 MB each)"),
                new Page<PortalPagesLanguageTest>("claim/view", t -> get(t.fileClaim()), "等待材料", "Waiting for your documents"))
                .map(Arguments::of);
    }

    private String lastComplaintWaybill;

    /** Files a complaint on a fresh waybill (phone ending 3388); the status page's address with its token. */
    private String fileComplaint() throws Exception {
        lastComplaintWaybill = parcel();
        return mvc.perform(complaintForm(lastComplaintWaybill)).andReturn().getResponse().getRedirectedUrl();
    }

    /** A waybill with a complaint already filed, so that filing again joins it. */
    private String complaintFiledOn() throws Exception {
        fileComplaint();
        return lastComplaintWaybill;
    }

    private MockHttpServletRequestBuilder complaintForm(String waybillNo) {
        return post("/portal/complaints").with(csrf()).param("requestId", "lang-" + WAYBILLS.incrementAndGet())
                .param("waybillNo", waybillNo).param("category", "DELAY").param("customerName", "赵六")
                .param("customerPhone", "13566663388").param("description", "快件已超过承诺时效仍未送达，请尽快处理。");
    }

    private String caseNoOf(String statusLocation) {
        return statusLocation.substring("/portal/complaints/".length(), statusLocation.indexOf('?'));
    }

    private MockHttpServletRequestBuilder track(String caseNo, String phone) {
        return post("/portal/track").with(csrf()).param("caseNo", caseNo).param("phone", phone);
    }

    /** A survey link of a complaint that is not (yet) surveyed: the page says the survey is not open. */
    private String surveyToken() throws Exception {
        return complaintLinks.token(caseNoOf(fileComplaint()), ComplaintLinks.Purpose.SURVEY);
    }

    /** Files a claim on a fresh lost parcel; the claim page's address with its token. */
    private String fileClaim() throws Exception {
        String waybillNo = parcel();
        return mvc.perform(multipart("/portal/claims").param("waybillNo", waybillNo).param("customerName", "李先生")
                        .param("customerPhone", "13912345678").param("customerEmail", "li@example.com")
                        .param("reportedLossType", "LOSS").param("description", "未收到").with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private String parcel() {
        Instant shipped = Instant.now().minus(Duration.ofDays(10));
        String waybillNo = "LNG" + WAYBILLS.incrementAndGet();
        shipments.save(new Shipment(new ShipmentSnapshot(waybillNo, ServiceType.DOMESTIC, shipped,
                shipped.plus(Duration.ofDays(3)), null, "C0002", "C0002", "S001", "S001", new BigDecimal("12.00"), false,
                null, null, ShipmentStatus.EXCEPTION)));
        return waybillNo;
    }
}
