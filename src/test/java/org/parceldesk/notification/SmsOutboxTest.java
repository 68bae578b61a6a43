package org.parceldesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parceldesk.notification.OutboxFixtures.T0;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** SMS through the outbox to a real HTTP gateway (a stub server in the test): segments, retries, several nodes. */
@ParcelDeskTest
class SmsOutboxTest {

    @Autowired
    Notifications notifications;
    @Autowired
    OutboxSenders senders;
    @Autowired
    OutboxRepository rows;
    @Autowired
    NotificationProperties properties;
    @Autowired
    SmsProperties sms;
    @Autowired
    SmsText texts;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    OutboxFixtures fixtures;
    SmsGatewayStub stub;
    SmsGateway gateway;

    @BeforeEach
    void setUp() {
        EngineClock.setNow(T0);
        fixtures = new OutboxFixtures(notifications, transactions, jdbc);
        stub = new SmsGatewayStub();
        gateway = new HttpSmsGateway(stub.url(), "test-key", Duration.ofSeconds(5), Duration.ofSeconds(5), json);
    }

    @AfterEach
    void tearDown() {
        stub.close();
        fixtures.cleanUp();
        EngineClock.reset();
    }

    private Notification acknowledgment(String caseNo, String step, String mobile) {
        return new Notification(caseNo, "complaint-acknowledgment", step, Recipient.phone(mobile),
                Map.of("promisedResolution", "2026-12-08 17:00", "customerName", "张三"));
    }

    @Test
    void segmentsAreSeventyCharactersAloneAndSixtySevenPerPartBeyond() {
        assertThat(sms.segmentsOf("字".repeat(70))).isEqualTo(1);
        assertThat(sms.segmentsOf("字".repeat(71))).isEqualTo(2);
        assertThat(sms.segmentsOf("字".repeat(134))).isEqualTo(2);
        assertThat(sms.segmentsOf("字".repeat(135))).isEqualTo(3);
    }

    @Test
    void everyComplaintTemplateFitsOneSegmentWithoutFreeTextAndGreetsTheCustomer() throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("promisedResolution", "2026-12-08 17:00");
        model.put("replyDue", "2026-12-08 17:00");
        model.put("surveyDue", "2026-12-08 17:00");
        model.put("infoRequest", "");
        model.put("resolution", "");
        for (String template : List.of("complaint-acknowledgment", "complaint-info-request", "complaint-reply",
                "complaint-survey", "complaint-abandoned")) {
            SmsText.Rendered text = texts.render(template, "TS20261126000123", model);
            assertThat(text.text()).as(template).startsWith(sms.signature() + "您好！").contains("TS20261126000123");
            assertThat(text.text().length()).as(template + ": " + text.text()).isLessThanOrEqualTo(70);
            assertThat(text.segments()).isEqualTo(1);
        }
    }

    @Test
    void aTextMessageReachesTheGatewayOnceWithItsSegmentsRecorded() throws Exception {
        String caseNo = fixtures.newCase();
        fixtures.enqueue(acknowledgment(caseNo, "ACK", "+86 138-1234-5678"));
        String longReply = "经核实，快件因分拨中心暴雨停运延误，现已恢复派送，预计明日送达，运费将按规定退还至您的支付账户，请注意查收。";
        fixtures.enqueue(new Notification(caseNo, "complaint-reply", "REPLY", Recipient.phone("13812345678"),
                Map.of("resolution", longReply)));
        fixtures.enqueue(acknowledgment(caseNo, "ACK", "13812345678")); // the same notice again: ignored

        OutboxSender.DrainResult result = senders.createSms(gateway, "sms-a").drainOnce();

        assertThat(result).isEqualTo(new OutboxSender.DrainResult(2, 2, 0, 0));
        List<SmsGatewayStub.Received> accepted = stub.accepted();
        assertThat(accepted).hasSize(2);
        assertThat(accepted).allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer test-key"));
        JsonNode ack = json.readTree(accepted.get(0).body());
        assertThat(ack.get("mobile").asText()).isEqualTo("13812345678");
        assertThat(ack.get("text").asText()).isEqualTo(
                "【ParcelDesk】您好！您的投诉已受理，案件号" + caseNo + "，我们将于2026-12-08 17:00前答复您。");
        assertThat(ack.get("segments").asInt()).isEqualTo(1);
        JsonNode reply = json.readTree(accepted.get(1).body());
        assertThat(reply.get("text").asText()).contains(longReply);
        int replySegments = sms.segmentsOf(reply.get("text").asText());
        assertThat(replySegments).isGreaterThan(1);
        assertThat(reply.get("segments").asInt()).isEqualTo(replySegments);

        List<OutboxMessage> sent = rows.findByCaseNoOrderById(caseNo);
        assertThat(sent).hasSize(2).allSatisfy(row -> {
            assertThat(row.getChannel()).isEqualTo(OutboxChannel.SMS);
            assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
        });
        assertThat(sent.get(0).getSegments()).isEqualTo(1);
        assertThat(sent.get(1).getSegments()).isEqualTo(replySegments);
    }

    @Test
    void theMailSenderLeavesTextMessagesToTheSmsSender() {
        String caseNo = fixtures.newCase();
        fixtures.enqueue(acknowledgment(caseNo, "ACK", "13812345678"));
        try (TestSmtp smtp = TestSmtp.up()) {
            assertThat(senders.create(smtp.sender(), "mail-a").drainOnce().claimed()).isZero();
        }
        assertThat(senders.createSms(gateway, "sms-a").drainOnce().sent()).isEqualTo(1);
    }

    @Test
    void aGatewayOutageIsRetriedWithBackoffAndTheRetryCarriesTheSameReference() {
        String caseNo = fixtures.newCase();
        fixtures.enqueue(acknowledgment(caseNo, "ACK", "13812345678"));
        stub.answer(503, 502);
        OutboxSender sender = senders.createSms(gateway, "sms-a");

        assertThat(sender.drainOnce()).isEqualTo(new OutboxSender.DrainResult(1, 0, 1, 0));
        OutboxMessage waiting = rows.findByCaseNoOrderById(caseNo).get(0);
        assertThat(waiting.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(waiting.getLastError()).contains("503");
        assertThat(sender.drainOnce().claimed()).as("not due before its backoff").isZero();

        EngineClock.setNow(T0.plus(properties.retry().delayAfter(1)));
        assertThat(sender.drainOnce()).isEqualTo(new OutboxSender.DrainResult(1, 0, 1, 0));
        EngineClock.setNow(T0.plus(Duration.ofHours(1)));
        assertThat(sender.drainOnce()).isEqualTo(new OutboxSender.DrainResult(1, 1, 0, 0));

        OutboxMessage sent = rows.findByCaseNoOrderById(caseNo).get(0);
        assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(3);
        assertThat(stub.accepted()).hasSize(1);
        assertThat(stub.accepted().get(0).idempotencyKey())
                .isEqualTo("parceldesk.outbox." + sent.getId() + "." + sent.getCreatedAt().getEpochSecond());
    }

    @Test
    void aRefusalOtherThanAnOutageFailsTheMessageAtOnce() {
        String caseNo = fixtures.newCase();
        fixtures.enqueue(acknowledgment(caseNo, "ACK", "13812345678"));
        stub.answer(400);

        assertThat(senders.createSms(gateway, "sms-a").drainOnce()).isEqualTo(new OutboxSender.DrainResult(1, 0, 0, 1));
        OutboxMessage failed = rows.findByCaseNoOrderById(caseNo).get(0);
        assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.getLastError()).startsWith("SMS gateway answered 400");
    }

    @Test
    void twoNodesDrainingAtOnceSendEachNoticeOnce() throws Exception {
        String caseNo = fixtures.newCase();
        List<String> mobiles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String mobile = "139" + String.format("%08d", i);
            mobiles.add(mobile);
            fixtures.enqueue(acknowledgment(caseNo, "STEP" + i, mobile));
        }
        OutboxSender a = senders.createSms(gateway, "sms-a");
        OutboxSender b = senders.createSms(gateway, "sms-b");

        List<Callable<OutboxSender.DrainResult>> drains = List.of(a::drainOnce, b::drainOnce, a::drainOnce, b::drainOnce);
        List<OutboxSender.DrainResult> results = OutboxFixtures.concurrently(drains);

        assertThat(results.stream().mapToInt(OutboxSender.DrainResult::sent).sum()).isEqualTo(30);
        List<String> delivered = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (SmsGatewayStub.Received received : stub.accepted()) {
            delivered.add(json.readTree(received.body()).get("mobile").asText());
            references.add(received.idempotencyKey());
        }
        assertThat(delivered).containsExactlyInAnyOrderElementsOf(mobiles);
        assertThat(references).doesNotHaveDuplicates();
        assertThat(rows.findByCaseNoOrderById(caseNo)).allSatisfy(row -> {
            assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(row.getAttempts()).isEqualTo(1);
        });
    }

    @Test
    void aNumberThatIsNoMobileIsRefusedAtQueueing() {
        String caseNo = fixtures.newCase();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixtures.enqueue(acknowledgment(caseNo, "ACK", "01012345678")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(fixtures.count(caseNo)).isZero();
    }

    @Test
    void claimTextsCarryTheirLinkWholeAndALongFreeTextIsCutNotTheLink() throws Exception {
        String link = "https://service.parceldesk.example/portal/claims/LP20261126000123?t="
                + "Y2xhaW06TFAyMDI2MTEyNjAwMDEyMzoxNzgwMDAwMDAw.abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
        Map<String, Object> model = Map.of("link", link, "payout", "1234.50", "waybillNo", "PD2026000001");
        for (String template : List.of("claim-evidence-request", "claim-evidence-reminder", "claim-offer",
                "claim-offer-reminder", "claim-payment", "claim-time-barred", "claim-abandoned", "claim-closed")) {
            SmsText.Rendered text = texts.render(template, "LP20261126000123", model);
            assertThat(text.text()).as(template).startsWith(sms.signature() + "您好！").contains("LP20261126000123");
            if (template.startsWith("claim-evidence") || template.startsWith("claim-offer")) {
                assertThat(text.text()).as(template).endsWith(link);
            } else {
                assertThat(text.segments()).as(template + ": " + text.text()).isEqualTo(1);
            }
            assertThat(text.segments()).isLessThanOrEqualTo(sms.maxSegments());
        }

        String longResolution = "经核实".repeat(200);
        SmsText.Rendered reply = texts.render("complaint-reply", "TS20261126000123", Map.of("resolution", longResolution));
        assertThat(reply.segments()).isEqualTo(sms.maxSegments());
        assertThat(reply.text()).contains("…").endsWith("感谢您的耐心。");
    }
}
