package org.parceldesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parceldesk.sla.SlaTesting.newCaseNo;
import static org.parceldesk.sla.SlaTesting.shanghai;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.notification.Notification;
import org.parceldesk.notification.Notifications;
import org.parceldesk.notification.Recipient;
import org.parceldesk.sla.SlaEscalations.Outcome;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Escalations on the real clocks and event table, with a recording notification port in place of
 * the outbox (built here rather than replacing a bean, so that the shared test context stays one).
 */
@ParcelDeskTest
class SlaEscalationsTest {

    private static final String RESOLUTION = "complaint-resolution";                       // 7 d calendar
    private static final String REGULATOR_FIRST_CONTACT = "complaint-first-contact-regulator"; // 2 h business

    @Autowired
    SlaClockService clocks;
    @Autowired
    SlaEvents events;
    @Autowired
    SlaDefinitions definitions;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    Clock clock;

    private final List<Notification> sent = new ArrayList<>();
    private final Notifications recorder = sent::add;
    private final String caseNo = newCaseNo();

    private SlaEscalations escalations() {
        return new SlaEscalations(clocks, events, definitions, calendar, recorder, java.util.List.of(), clock);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void aBreachIsRecordedAndEveryConfiguredGroupToldOnce() {
        EngineClock.setNow(shanghai("2026-09-30T15:00"));
        clocks.start(caseNo, REGULATOR_FIRST_CONTACT); // due 17:00; the warning at 16:30
        EngineClock.setNow(shanghai("2026-09-30T16:30"));

        assertThat(escalations().escalate(caseNo, REGULATOR_FIRST_CONTACT, SlaLevel.WARNING)).isEqualTo(Outcome.RECORDED);
        assertThat(escalations().escalate(caseNo, REGULATOR_FIRST_CONTACT, SlaLevel.WARNING))
                .isEqualTo(Outcome.ALREADY_RECORDED);

        assertThat(sent).extracting(Notification::to).containsExactly(
                Recipient.group("complaint-handler"), Recipient.group("complaint-supervisor"));
        assertThat(sent).allSatisfy(notification -> {
            assertThat(notification.caseNo()).isEqualTo(caseNo);
            assertThat(notification.template()).isEqualTo("sla-warning");
            assertThat(notification.model()).containsEntry("caseNo", caseNo)
                    .containsEntry("slaName", REGULATOR_FIRST_CONTACT)
                    .containsEntry("slaLabel", "申诉首次联系 First contact (regulator)")
                    .containsEntry("level", "WARNING")
                    .containsEntry("startedAt", "2026-09-30 15:00")
                    .containsEntry("dueAt", "2026-09-30 17:00");
        });
        assertThat(sent).extracting(Notification::dedupeKey).as("each group its own message").doesNotHaveDuplicates()
                .containsExactly(
                        caseNo + ":sla-warning:complaint-first-contact-regulator:WARNING:complaint-handler",
                        caseNo + ":sla-warning:complaint-first-contact-regulator:WARNING:complaint-supervisor");

        sent.clear();
        EngineClock.setNow(shanghai("2026-10-08T09:00"));
        assertThat(escalations().escalate(caseNo, REGULATOR_FIRST_CONTACT, SlaLevel.BREACH)).isEqualTo(Outcome.RECORDED);
        assertThat(sent).singleElement().satisfies(notification -> {
            assertThat(notification.template()).isEqualTo("sla-breach");
            assertThat(notification.to()).isEqualTo(Recipient.group("complaint-supervisor"));
            assertThat(notification.step()).isEqualTo("complaint-first-contact-regulator:BREACH:complaint-supervisor");
        });
    }

    @Test
    void dueTimesInMessagesAreShanghaiLocalTime() {
        EngineClock.setNow(shanghai("2026-03-16T23:30")); // 15:30 UTC
        clocks.start(caseNo, RESOLUTION);
        EngineClock.setNow(shanghai("2026-03-23T23:30"));

        escalations().escalate(caseNo, RESOLUTION, SlaLevel.BREACH);

        assertThat(sent).singleElement().satisfies(notification -> assertThat(notification.model())
                .containsEntry("dueAt", "2026-03-23 23:30")
                .containsEntry("warningAt", "2026-03-22 05:30")
                .containsEntry("zone", "Asia/Shanghai"));
    }

    @Test
    void nothingHappensBeforeTheDeadlineWhilePausedOrAfterTheStop() {
        EngineClock.setNow(shanghai("2026-03-16T10:00"));
        clocks.start(caseNo, RESOLUTION);

        EngineClock.setNow(shanghai("2026-03-23T09:59:59"));
        assertThat(escalations().escalate(caseNo, RESOLUTION, SlaLevel.BREACH)).isEqualTo(Outcome.NOT_DUE);

        clocks.pause(caseNo, RESOLUTION);
        EngineClock.setNow(shanghai("2026-03-24T10:00"));
        assertThat(escalations().escalate(caseNo, RESOLUTION, SlaLevel.BREACH)).isEqualTo(Outcome.PAUSED);

        clocks.resume(caseNo, RESOLUTION); // due now 24 March 10:00:01
        clocks.stop(caseNo, RESOLUTION);
        EngineClock.setNow(shanghai("2026-03-25T10:00"));
        assertThat(escalations().escalate(caseNo, RESOLUTION, SlaLevel.BREACH)).isEqualTo(Outcome.STOPPED);

        assertThat(events.findByCase(caseNo)).isEmpty();
        assertThat(sent).isEmpty();
    }

    @Test
    void anSlaWithoutRecipientsIsRecordedWithoutMessages() {
        EngineClock.setNow(shanghai("2026-03-16T10:00"));
        clocks.start(caseNo, "complaint-customer-wait");
        EngineClock.setNow(shanghai("2026-03-23T10:00"));

        assertThat(escalations().escalate(caseNo, "complaint-customer-wait", SlaLevel.BREACH)).isEqualTo(Outcome.RECORDED);

        assertThat(events.findByCase(caseNo)).hasSize(1);
        assertThat(sent).isEmpty();
    }

    @Test
    void escalatingAClockNeverStartedOrAnUnknownSlaIsAnError() {
        assertThatThrownBy(() -> escalations().escalate(caseNo, RESOLUTION, SlaLevel.BREACH))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("never started");
        assertThatThrownBy(() -> escalations().escalate(caseNo, "no-such-sla", SlaLevel.BREACH))
                .isInstanceOf(UnknownSlaException.class).hasMessageContaining("'no-such-sla'");
    }

    @Test
    void reportsCountBreachesPerSlaOnShanghaiDays() {
        // 2031: a year no other test uses, so the counts are this test's own
        LocalDate monday = LocalDate.of(2031, 3, 17);
        Map<String, Long> before = events.breachesPerSla(monday, monday.plusDays(6));
        String second = newCaseNo();
        String third = newCaseNo();
        EngineClock.setNow(shanghai("2031-03-10T00:30"));
        clocks.start(caseNo, RESOLUTION);
        clocks.start(second, RESOLUTION);
        clocks.start(third, "complaint-internal-target");
        EngineClock.setNow(shanghai("2031-03-17T00:30")); // Monday 00:30 in Shanghai, still Sunday in UTC
        escalations().escalate(caseNo, RESOLUTION, SlaLevel.BREACH);
        escalations().escalate(caseNo, RESOLUTION, SlaLevel.WARNING);
        escalations().escalate(caseNo, RESOLUTION, SlaLevel.BREACH);
        EngineClock.setNow(shanghai("2031-03-23T23:59:59")); // the Sunday's last second
        escalations().escalate(second, RESOLUTION, SlaLevel.BREACH);
        escalations().escalate(third, "complaint-internal-target", SlaLevel.BREACH);

        assertThat(before).isEmpty();
        assertThat(events.breachesPerSla(monday, monday.plusDays(6)))
                .containsExactly(Map.entry("complaint-internal-target", 1L), Map.entry(RESOLUTION, 2L));
        assertThat(events.breachesPerSla(monday.minusDays(7), monday.minusDays(1))).isEmpty();
        assertThat(events.breachesPerSla(monday, monday)).containsExactly(Map.entry(RESOLUTION, 1L));
        assertThat(events.countPerSla(SlaLevel.WARNING, shanghai("2031-03-17T00:00"), shanghai("2031-03-24T00:00")))
                .containsExactly(Map.entry(RESOLUTION, 1L));
    }
}
