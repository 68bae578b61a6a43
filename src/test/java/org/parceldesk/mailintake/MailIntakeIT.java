package org.parceldesk.mailintake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.shipment.Shipment;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** E-mail intake on a real MariaDB server: the lease row, the unique message key and the migrations under InnoDB. */
@MariaDbTest
class MailIntakeIT {

    static final Instant NOW = Instant.parse("2026-03-03T02:00:00Z");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MailboxPollers pollers;
    @Autowired
    MailIntakeProperties configured;
    @Autowired
    ShipmentRepository shipments;
    @Autowired
    JdbcTemplate jdbc;

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

    private String freshWaybill() {
        ShipmentSnapshot demo = shipments.findById("PD2026000001").orElseThrow().toSnapshot();
        String waybill = String.format("PI%d%04d", System.currentTimeMillis() % 10_000_000_000L, SEQUENCE.incrementAndGet());
        shipments.save(new Shipment(new ShipmentSnapshot(waybill, demo.serviceType(), demo.shippedAt(), demo.promisedAt(),
                demo.deliveredAt(), demo.pickupCourierNo(), demo.deliveryCourierNo(), demo.originStationCode(),
                demo.destinationStationCode(), demo.postage(), demo.insured(), demo.declaredValue(), demo.insuranceFee(),
                demo.status())));
        return waybill;
    }

    private long complaintsOn(String waybill) {
        Long count = jdbc.queryForObject("select count(*) from complaint where waybill_no = ?", Long.class, waybill);
        return count == null ? 0 : count;
    }

    @Test
    void aCrashBetweenCommitAndMoveIsProcessedOnceAfterRestartAndAPhonelessMailIsACase() throws Exception {
        String waybill = freshWaybill();
        String id = "<" + java.util.UUID.randomUUID() + "@mail.example.com>";
        mailbox.deliver(TestMailbox.mail(id, "qian@example.com", "投诉 " + waybill, "运单 " + waybill + " 丢件了，请赔偿。"));
        mailbox.deliver(TestMailbox.mail(id, "qian@example.com", "投诉 " + waybill, "运单 " + waybill + " 丢件了，请赔偿。"));

        MailboxPoller.PollResult crashed = pollers.create(settings, "maria-a", (inbox, message, processed) -> {
            throw new IllegalStateException("node died after the commit");
        }).pollOnce();
        assertThat(crashed.failed()).isEqualTo(1);
        assertThat(complaintsOn(waybill)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select customer_phone from complaint where waybill_no = ?", String.class, waybill))
                .as("a mail without a phone number (the column is nullable on MariaDB too)").isNull();

        MailboxPoller.PollResult restarted = pollers.create(settings, "maria-b").pollOnce();

        assertThat(restarted.alreadyProcessed()).isEqualTo(2);
        assertThat(complaintsOn(waybill)).isEqualTo(1);
        assertThat(mailbox.count("INBOX")).isZero();
        assertThat(mailbox.count(settings.processedFolder())).isEqualTo(2);
    }

    @Test
    void twoNodesPollingAtOnceProcessEachMailOnce() throws Exception {
        List<String> waybills = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String waybill = freshWaybill();
            waybills.add(waybill);
            mailbox.deliver(TestMailbox.mail("<race-" + waybill + "@mail.example.com>", "race" + i + "@example.com",
                    "投诉 " + waybill, "运单 " + waybill + " 延误，请处理。"));
        }
        MailboxPoller a = pollers.create(settings, "maria-a");
        MailboxPoller b = pollers.create(settings, "maria-b");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<MailboxPoller.PollResult> first = pool.submit(() -> {
                start.await();
                return a.pollOnce();
            });
            Future<MailboxPoller.PollResult> second = pool.submit(() -> {
                start.await();
                return b.pollOnce();
            });
            start.countDown();
            int created = first.get(300, TimeUnit.SECONDS).created() + second.get(300, TimeUnit.SECONDS).created();
            assertThat(created).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        for (String waybill : waybills) {
            assertThat(complaintsOn(waybill)).as(waybill).isEqualTo(1);
        }
        assertThat(mailbox.count("INBOX")).isZero();
    }
}
