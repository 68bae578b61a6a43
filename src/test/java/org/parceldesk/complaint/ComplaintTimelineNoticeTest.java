package org.parceldesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parceldesk.complaint.ComplaintTestSupport.MONDAY_9AM;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The timeline says a customer was notified only once the outbox really sent the mail: until then
 * it says "queued"; a mail the outbox gave up on shows as failed. (The outbox's own sending is
 * tested in the notification package; here its rows are moved as a sender would move them.)
 */
@ParcelDeskTest
class ComplaintTimelineNoticeTest {

    @Autowired
    ComplaintTestSupport support;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void monday() {
        EngineClock.setNow(MONDAY_9AM);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void theAcknowledgmentIsQueuedUntilTheOutboxSendsIt() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.API, "queued@example.com"));

        assertThat(support.events(caseNo, ComplaintEventType.CUSTOMER_NOTICE_QUEUED)).isEqualTo(1);
        assertThat(support.events(caseNo, ComplaintEventType.CUSTOMER_NOTIFIED)).as("nothing sent yet").isZero();

        Instant sentAt = MONDAY_9AM.plus(Duration.ofMinutes(7));
        assertThat(jdbc.update("update notification_outbox set status = 'SENT', sent_at = ? where case_no = ? "
                // stored as UTC wall-clock time, as the application stores instants (hibernate.jdbc.time_zone=UTC)
                + "and template = 'complaint-acknowledgment'", java.time.LocalDateTime.ofInstant(sentAt, java.time.ZoneOffset.UTC), caseNo)).isEqualTo(1);

        assertThat(support.detail(caseNo).timeline()).filteredOn(e -> e.type() == ComplaintEventType.CUSTOMER_NOTIFIED)
                .singleElement().satisfies(e -> {
                    assertThat(e.detail()).isEqualTo("complaint-acknowledgment");
                    assertThat(e.at()).isEqualTo(sentAt);
                });
        assertThat(support.detail(caseNo).timeline()).extracting(ComplaintViews.Event::at).isSorted();
    }

    @Test
    void aMailTheOutboxGaveUpOnShowsAsFailed() {
        String caseNo = support.file(ComplaintTestSupport.newComplaint(ComplaintChannel.API, "bounce@example.com"));
        jdbc.update("update notification_outbox set status = 'FAILED', attempts = 300 where case_no = ? "
                + "and template = 'complaint-acknowledgment'", caseNo);

        assertThat(support.events(caseNo, ComplaintEventType.CUSTOMER_NOTICE_FAILED)).isEqualTo(1);
        assertThat(support.events(caseNo, ComplaintEventType.CUSTOMER_NOTIFIED)).isZero();
    }
}
