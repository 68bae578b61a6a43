package org.parceldesk.mailintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.complaint.Complaint;
import org.parceldesk.complaint.ComplaintChannel;
import org.parceldesk.complaint.ComplaintEvent;
import org.parceldesk.complaint.ComplaintEventType;
import org.parceldesk.complaint.ComplaintRepository;
import org.parceldesk.shipment.Shipment;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** E-mail intake against a real IMAP server (GreenMail): new mail, replies, unmatched mail, duplicates, crashes. */
@ParcelDeskTest
class MailIntakeTest {

    /** Monday 2026-03-02 10:00 in Shanghai. */
    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MailboxPollers pollers;
    @Autowired
    MailIntakeProperties configured;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    ShipmentRepository shipments;
    @Autowired
    MailAttachmentRepository attachments;
    @Autowired
    UnmatchedMailRepository unmatched;
    @Autowired
    MailboxLease lease;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MockMvc mvc;

    TestMailbox mailbox;
    MailIntakeProperties settings;

    @BeforeEach
    void setUp() {
        EngineClock.setNow(NOW);
        mailbox = new TestMailbox();
        settings = mailbox.settings(configured);
    }

    @AfterEach
    void tearDown() {
        mailbox.close();
        EngineClock.reset();
    }

    /** A shipment of this test alone (copied from a demo shipment), so that no other test's complaint is open on it. */
    private String freshWaybill() {
        ShipmentSnapshot demo = shipments.findById("PD2026000001").orElseThrow().toSnapshot();
        String waybill = String.format("PM%d%04d", System.currentTimeMillis() % 10_000_000_000L, SEQUENCE.incrementAndGet());
        shipments.save(new Shipment(new ShipmentSnapshot(waybill, demo.serviceType(), demo.shippedAt(), demo.promisedAt(),
                demo.deliveredAt(), demo.pickupCourierNo(), demo.deliveryCourierNo(), demo.originStationCode(),
                demo.destinationStationCode(), demo.postage(), demo.insured(), demo.declaredValue(), demo.insuranceFee(),
                demo.status())));
        return waybill;
    }

    private static String messageId() {
        return "<" + java.util.UUID.randomUUID() + "@mail.example.com>";
    }

    private List<Complaint> complaintsOn(String waybill) {
        return complaints.findAll().stream().filter(c -> c.getWaybillNo().equals(waybill)).toList();
    }

    private List<ComplaintEvent> timeline(String caseNo) {
        return new TransactionTemplate(transactions).execute(status ->
                complaints.findByCaseNo(caseNo).orElseThrow().getEvents());
    }

    @Test
    void aMailNamingAKnownWaybillOpensAnEmailComplaintKeepingItsPhotoAsEvidence() throws Exception {
        String waybill = freshWaybill();
        mailbox.deliver(TestMailbox.mail(messageId(), "李四 <LiSi@Example.com>", "快件破损 " + waybill,
                "您好，运单 " + waybill + " 的快件收到时外箱破损，内件摔坏，照片见附件。\n我的手机 138 0013 8000。",
                "damage.png", TestMailbox.png(), "tool.exe", TestMailbox.text("MZ not a photo")));

        MailboxPoller.PollResult result = pollers.create(settings, "node-a").pollOnce();

        assertThat(result.created()).isEqualTo(1);
        List<Complaint> filed = complaintsOn(waybill);
        assertThat(filed).hasSize(1);
        Complaint complaint = filed.get(0);
        assertThat(complaint.getChannel()).isEqualTo(ComplaintChannel.EMAIL);
        assertThat(complaint.getCustomerEmail()).isEqualTo("lisi@example.com");
        assertThat(complaint.getCustomerName()).isEqualTo("李四");
        assertThat(complaint.getCustomerPhone()).isEqualTo("13800138000");
        assertThat(complaint.getDescription()).contains("外箱破损");
        assertThat(attachments.findByCaseNoOrderById(complaint.getCaseNo()))
                .extracting(MailAttachment::getFileName).containsExactly("damage.png");
        assertThat(timeline(complaint.getCaseNo())).filteredOn(e -> e.getType() == ComplaintEventType.EVIDENCE_RECEIVED)
                .singleElement().satisfies(e -> assertThat(e.getDetail()).contains("damage.png").contains("tool.exe"));
        assertThat(jdbc.queryForList("select recipient from notification_outbox where case_no = ? and template = ?",
                String.class, complaint.getCaseNo(), "complaint-acknowledgment")).containsExactly("lisi@example.com");
        assertThat(mailbox.count("INBOX")).isZero();
        assertThat(mailbox.count(settings.processedFolder())).isEqualTo(1);
    }

    @Test
    void aReplyToOurMailGoesOntoTheCaseTimelineAndAStrangersMailNamingTheCaseDoesNot() throws Exception {
        String waybill = freshWaybill();
        mailbox.deliver(TestMailbox.mail(messageId(), "wangwu@example.com", "投诉 " + waybill,
                "运单" + waybill + "三天没有更新物流信息，请尽快处理。"));
        pollers.create(settings, "node-a").pollOnce();
        String caseNo = complaintsOn(waybill).get(0).getCaseNo();
        // the acknowledgment's Message-ID, as the outbox writes it (row id and creation second)
        Long ackRow = jdbc.queryForObject("select id from notification_outbox where case_no = ? and template = ?",
                Long.class, caseNo, "complaint-acknowledgment");
        String ackId = "<parceldesk.outbox." + ackRow + "." + NOW.getEpochSecond() + "@parceldesk.example>";

        MimeMessage reply = TestMailbox.mail(messageId(), "WangWu@example.com", "Re: 您的投诉已受理",
                "补充：收件人电话是 139 0000 1111，白天都在家。\n\n在 2026年3月2日 ParcelDesk 写道：\n> 您的投诉已受理");
        reply.setHeader("In-Reply-To", ackId);
        mailbox.deliver(reply);
        mailbox.deliver(TestMailbox.mail(messageId(), "stranger@example.net", "关于 " + caseNo, "我想看看这个案件。"));

        MailboxPoller.PollResult result = pollers.create(settings, "node-a").pollOnce();

        assertThat(result.replies()).isEqualTo(1);
        assertThat(result.unmatched()).isEqualTo(1);
        assertThat(timeline(caseNo)).filteredOn(e -> e.getType() == ComplaintEventType.CUSTOMER_INFO_RECEIVED)
                .singleElement().satisfies(e -> {
                    assertThat(e.getDetail()).contains("白天都在家").doesNotContain("您的投诉已受理");
                    assertThat(e.getActor()).isEqualTo("customer");
                });
        assertThat(unmatched.findAll()).filteredOn(u -> u.getFromAddress().equals("stranger@example.net"))
                .singleElement().satisfies(u -> assertThat(u.getReason()).isEqualTo("发件人不是案件 " + caseNo + " 的客户"));
        assertThat(complaintsOn(waybill)).hasSize(1);
    }

    @Test
    void aMailWithoutAKnownWaybillWaitsForAHandlerWhoFilesItWithItsAttachment() throws Exception {
        String waybill = freshWaybill();
        String sender = "zhao" + SEQUENCE.incrementAndGet() + "@example.com";
        mailbox.deliver(TestMailbox.mail(messageId(), "赵六 <" + sender + ">", "我的快递丢了",
                "上周寄的包裹一直没有收到，单号我找不到了，请帮忙查询。", "receipt.pdf", TestMailbox.text("%PDF-1.4 receipt")));

        MailboxPoller.PollResult result = pollers.create(settings, "node-a").pollOnce();

        assertThat(result.unmatched()).isEqualTo(1);
        UnmatchedMail item = unmatched.findAll().stream().filter(u -> u.getFromAddress().equals(sender)).findFirst().orElseThrow();
        assertThat(item.getStatus()).isEqualTo(UnmatchedMail.Status.OPEN);
        assertThat(item.getDueAt()).as("4 business hours from Monday 10:00").isEqualTo(Instant.parse("2026-03-02T06:00:00Z"));
        mvc.perform(get("/api/v1/mail-intake/unmatched").with(httpBasic("complaint-handler", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + item.getId() + ")].attachments[0].fileName").value("receipt.pdf"))
                .andExpect(jsonPath("$[?(@.id == " + item.getId() + ")].overdue").value(false));
        mvc.perform(get("/api/v1/mail-intake/unmatched").with(httpBasic("courier", "demo")))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/mail-intake/unmatched/" + item.getId() + "/complaint")
                        .with(httpBasic("complaint-handler", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"waybillNo\":\"PX0000000000\",\"category\":\"LOSS\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("waybillNo"));
        mvc.perform(post("/api/v1/mail-intake/unmatched/" + item.getId() + "/complaint")
                        .with(httpBasic("complaint-handler", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"waybillNo\":\"" + waybill + "\",\"category\":\"BROKEN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        assertThat(unmatched.findById(item.getId()).orElseThrow().getStatus()).as("nothing half-written")
                .isEqualTo(UnmatchedMail.Status.OPEN);
        assertThat(complaintsOn(waybill)).isEmpty();

        String answer = mvc.perform(post("/api/v1/mail-intake/unmatched/" + item.getId() + "/complaint")
                        .with(httpBasic("complaint-handler", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"waybillNo\":\"" + waybill + "\",\"category\":\"LOSS\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String caseNo = com.jayway.jsonpath.JsonPath.read(answer, "$.caseNo");
        Complaint complaint = complaints.findByCaseNo(caseNo).orElseThrow();
        assertThat(complaint.getChannel()).isEqualTo(ComplaintChannel.EMAIL);
        assertThat(complaint.getCustomerEmail()).isEqualTo(sender);
        assertThat(complaint.getCustomerName()).isEqualTo("赵六");
        assertThat(attachments.findByCaseNoOrderById(caseNo)).extracting(MailAttachment::getFileName).containsExactly("receipt.pdf");
        mvc.perform(post("/api/v1/mail-intake/unmatched/" + item.getId() + "/dismiss")
                        .with(httpBasic("complaint-handler", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"重复\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value("邮件已处理（FILED，" + caseNo + "）"));
        mvc.perform(post("/api/v1/mail-intake/unmatched/" + item.getId() + "/dismiss").header("Accept-Language", "en")
                        .with(httpBasic("complaint-handler", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"重复\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value("already FILED as " + caseNo));

        long unknown = item.getId() + 1_000_000;
        mvc.perform(get("/api/v1/mail-intake/unmatched/" + unknown).with(httpBasic("complaint-handler", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未匹配邮件 " + unknown + " 不存在"));
        mvc.perform(get("/api/v1/mail-intake/unmatched/" + unknown).with(httpBasic("complaint-handler", "demo"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Unmatched mail " + unknown + " does not exist"));
        mvc.perform(get("/api/v1/mail-intake/attachments/" + unknown + "/content").with(httpBasic("complaint-handler", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("附件 " + unknown + " 不存在"));
        mvc.perform(get("/api/v1/mail-intake/attachments/" + unknown + "/content").with(httpBasic("complaint-handler", "demo"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Attachment " + unknown + " does not exist"));
    }

    @Test
    void theSameMessageDeliveredTwiceOpensOneCase() throws Exception {
        String waybill = freshWaybill();
        String id = messageId();
        mailbox.deliver(TestMailbox.mail(id, "sun@example.com", "延误 " + waybill, "运单 " + waybill + " 延误一周了，请处理。"));
        mailbox.deliver(TestMailbox.mail(id, "sun@example.com", "延误 " + waybill, "运单 " + waybill + " 延误一周了，请处理。"));

        MailboxPoller.PollResult result = pollers.create(settings, "node-a").pollOnce();

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.alreadyProcessed()).isEqualTo(1);
        assertThat(complaintsOn(waybill)).hasSize(1);
        assertThat(mailbox.count("INBOX")).isZero();
        assertThat(mailbox.count(settings.processedFolder())).isEqualTo(2);
    }

    @Test
    void aCrashAfterTheCommitAndBeforeTheMoveIsProcessedOnceAfterRestart() throws Exception {
        String waybill = freshWaybill();
        mailbox.deliver(TestMailbox.mail(messageId(), "zhou@example.com", "投诉 " + waybill, "运单 " + waybill + " 快递员态度恶劣。"));

        MailboxPoller crashing = pollers.create(settings, "node-a", (inbox, message, processed) -> {
            throw new IllegalStateException("node died after the commit");
        });
        MailboxPoller.PollResult first = crashing.pollOnce();

        assertThat(first.failed()).as("the poll died").isEqualTo(1);
        assertThat(complaintsOn(waybill)).as("committed before the crash").hasSize(1);
        assertThat(mailbox.count("INBOX")).as("not moved").isEqualTo(1);

        MailboxPoller.PollResult afterRestart = pollers.create(settings, "node-b").pollOnce();

        assertThat(afterRestart.alreadyProcessed()).isEqualTo(1);
        assertThat(afterRestart.created()).isZero();
        assertThat(complaintsOn(waybill)).hasSize(1);
        assertThat(mailbox.count("INBOX")).isZero();
        assertThat(mailbox.count(settings.processedFolder())).isEqualTo(1);
    }

    @Test
    void onlyTheNodeHoldingTheLeaseReadsTheMailbox() throws Exception {
        String waybill = freshWaybill();
        mailbox.deliver(TestMailbox.mail(messageId(), "wu@example.com", "投诉 " + waybill, "运单 " + waybill + " 未送货上门。"));
        assertThat(lease.take("node-x", settings.lease())).isTrue();
        try {
            assertThat(pollers.create(settings, "node-a").pollOnce().polled()).isFalse();
            assertThat(mailbox.count("INBOX")).isEqualTo(1);
        } finally {
            lease.release("node-x");
        }
        EngineClock.setNow(NOW.plusSeconds(1));
        assertThat(pollers.create(settings, "node-a").pollOnce().created()).isEqualTo(1);
    }
}
