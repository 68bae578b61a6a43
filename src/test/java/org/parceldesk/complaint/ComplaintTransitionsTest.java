package org.parceldesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parceldesk.common.StepRefused;
import org.parceldesk.shipment.ServiceType;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.shipment.ShipmentStatus;

/** A complaint accepts only the status changes of its process; anything else is a {@link StepRefused} and changes nothing. */
class ComplaintTransitionsTest {

    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    @Test
    void contactInvestigateWaitReplyReopenClose() {
        Complaint complaint = complaint();
        complaint.resumed(NOW.plusSeconds(3600));
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.RECEIVED);
        complaint.contacted(NOW);
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        complaint.waitingForCustomer();
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.WAITING_FOR_CUSTOMER);
        complaint.resumed(null);
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        complaint.replied("已补发", NOW);
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.REPLIED);
        complaint.reopen();
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.REOPENED);
        complaint.close(ComplaintStatus.CLOSED, NOW);
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    }

    @Test
    void aCustomerWhoNeverAnswersAbandonsTheComplaint() {
        Complaint complaint = complaint();
        complaint.contacted(NOW);
        complaint.waitingForCustomer();
        complaint.close(ComplaintStatus.ABANDONED, NOW);
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.ABANDONED);
        assertThat(complaint.getClosedAt()).isEqualTo(NOW);
    }

    @Test
    void closingBeforeTheReplyIsRefusedAndChangesNothing() {
        Complaint complaint = complaint();
        complaint.contacted(NOW);

        assertThatThrownBy(() -> complaint.close(ComplaintStatus.CLOSED, NOW)).isInstanceOfSatisfying(StepRefused.class,
                refused -> {
                    assertThat(refused.kind()).isEqualTo(StepRefused.Kind.NOT_ALLOWED);
                    assertThat(refused.text(Locale.ENGLISH)).isEqualTo("complaint TS1 is IN_PROGRESS and cannot become CLOSED");
                    assertThat(refused.text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("投诉 TS1 当前状态为 IN_PROGRESS，不能转为 CLOSED");
                });
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(complaint.getClosedAt()).isNull();
    }

    @Test
    void aReopenNeedsAReplyAndAClosedComplaintTakesNoReply() {
        Complaint complaint = complaint();
        assertThatThrownBy(complaint::reopen).isInstanceOf(StepRefused.class);
        assertThat(complaint.isReopened()).isFalse();

        complaint.contacted(NOW);
        complaint.replied("已补发", NOW);
        complaint.close(ComplaintStatus.NO_RESPONSE, NOW);
        assertThatThrownBy(() -> complaint.replied("again", NOW.plusSeconds(60))).isInstanceOf(StepRefused.class);
        assertThat(complaint.getResolution()).isEqualTo("已补发");
        assertThatThrownBy(() -> complaint.close(ComplaintStatus.CLOSED, NOW)).as("closed twice").isInstanceOf(StepRefused.class);
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"CLOSED", "NO_RESPONSE", "ABANDONED"})
    void aFinalStatusNeverMovesAgain(ComplaintStatus closed) {
        for (ComplaintStatus next : ComplaintStatus.values()) {
            assertThat(closed.canBecome(next)).as(closed + " -> " + next).isFalse();
        }
    }

    static Complaint complaint() {
        ShipmentSnapshot shipment = new ShipmentSnapshot("SF1", ServiceType.DOMESTIC, NOW.minusSeconds(86_400 * 3),
                NOW.minusSeconds(86_400), null, "C1", null, "S1", "S2", new BigDecimal("12.00"), false, null, null,
                ShipmentStatus.values()[0]);
        return new Complaint("TS1", ComplaintChannel.PHONE, ComplaintCategory.DELAY, ComplaintPriority.values()[0],
                new CustomerContact("张三", "13800000000", null), "late", shipment, NOW, "agent");
    }
}
