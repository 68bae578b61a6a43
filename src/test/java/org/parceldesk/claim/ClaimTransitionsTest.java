package org.parceldesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parceldesk.common.Messages;
import org.parceldesk.common.Money;
import org.parceldesk.common.StepRefused;
import org.parceldesk.shipment.ServiceType;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.shipment.ShipmentStatus;
import org.springframework.http.HttpStatus;

/** A claim accepts only the status changes of its process; anything else is a {@link StepRefused} and changes nothing. */
class ClaimTransitionsTest {

    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    @Test
    void theWayThroughTheProcessIsLegal() {
        Claim claim = claim();
        for (ClaimStatus next : new ClaimStatus[] {ClaimStatus.COLLECTING_EVIDENCE, ClaimStatus.ASSESSING,
                ClaimStatus.AWAITING_APPROVAL, ClaimStatus.AWAITING_APPROVAL, ClaimStatus.ASSESSING,
                ClaimStatus.AWAITING_APPROVAL, ClaimStatus.OFFERED, ClaimStatus.ASSESSING, ClaimStatus.OFFERED,
                ClaimStatus.ACCEPTED}) {
            claim.moveTo(next, NOW);
            assertThat(claim.getStatus()).isEqualTo(next);
        }
        claim.finish(ClaimStatus.SETTLED, "PAID", NOW);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.SETTLED);
    }

    @Test
    void anOfferBeforeTheAssessmentIsRefusedAndChangesNothing() {
        Claim claim = claim();
        claim.moveTo(ClaimStatus.COLLECTING_EVIDENCE, NOW);

        assertThatThrownBy(() -> claim.moveTo(ClaimStatus.OFFERED, NOW)).isInstanceOfSatisfying(StepRefused.class, refused -> {
            assertThat(refused.kind()).isEqualTo(StepRefused.Kind.NOT_ALLOWED);
            assertThat(refused.key()).isEqualTo("claim.refused.wrong-state");
            assertThat(refused.text(Locale.ENGLISH)).isEqualTo("claim LP1 is COLLECTING_EVIDENCE and cannot become OFFERED");
        });
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.COLLECTING_EVIDENCE);
    }

    @Test
    void acceptingIsOnlyForAnOffer() {
        Claim claim = claim();
        claim.moveTo(ClaimStatus.COLLECTING_EVIDENCE, NOW);
        claim.moveTo(ClaimStatus.ASSESSING, NOW);
        assertThatThrownBy(() -> claim.accept(NOW)).isInstanceOf(StepRefused.class);
        assertThat(claim.getAcceptedAt()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"SETTLED", "UNRESOLVED", "TIME_BARRED", "ABANDONED"})
    void aFinishedClaimNeverMovesAgain(ClaimStatus finished) {
        for (ClaimStatus next : ClaimStatus.values()) {
            assertThat(finished.canBecome(next)).as(finished + " -> " + next).isFalse();
        }
    }

    @Test
    void everyWorkingStatusCanBeLeftAndEveryStatusReached() {
        EnumSet<ClaimStatus> reached = EnumSet.noneOf(ClaimStatus.class);
        for (ClaimStatus from : ClaimStatus.values()) {
            boolean leaves = false;
            for (ClaimStatus to : ClaimStatus.values()) {
                if (from.canBecome(to)) {
                    reached.add(to);
                    leaves |= to != from;
                }
            }
            assertThat(leaves).as(from + " can be left").isEqualTo(!from.isFinished());
        }
        assertThat(reached).containsAll(EnumSet.complementOf(EnumSet.of(ClaimStatus.REGISTERED)));
    }

    @Test
    void registeredGoesToEvidenceOrIsTimeBarredOnly() {
        assertThat(EnumSet.allOf(ClaimStatus.class).stream().filter(ClaimStatus.REGISTERED::canBecome))
                .containsExactlyInAnyOrder(ClaimStatus.COLLECTING_EVIDENCE, ClaimStatus.TIME_BARRED);
        assertThatThrownBy(() -> claim().finish(ClaimStatus.SETTLED, "PAID", NOW)).isInstanceOf(StepRefused.class);
    }

    @Test
    void anApprovalTheLevelDoesNotNeedIsRefusedInTheReadersLanguage() {
        Claim claim = awaitingApproval(ApprovalStep.SUPERVISOR);

        assertThatThrownBy(() -> claim.recordApproval(ApprovalStep.MANAGER, ApprovalDecision.APPROVE, "mgr",
                Set.of("claims-manager"), null, NOW)).isInstanceOfSatisfying(StepRefused.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(StepRefused.Kind.NOT_ALLOWED);
                    assertThat(refused.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(refused.text(Messages.DEFAULT)).isEqualTo("理赔 LP1 当前不需要MANAGER审批");
                    assertThat(refused.text(Locale.ENGLISH))
                            .isEqualTo("claim LP1 does not need a MANAGER approval now (level SUPERVISOR)");
                });
        assertThat(claim.getApprovals()).isEmpty();
    }

    @Test
    void theManagerSignsOnlyAfterTheSupervisor() {
        Claim claim = awaitingApproval(ApprovalStep.MANAGER);

        assertThatThrownBy(() -> claim.recordApproval(ApprovalStep.MANAGER, ApprovalDecision.APPROVE, "mgr",
                Set.of("claims-manager"), null, NOW)).isInstanceOfSatisfying(StepRefused.class, refused -> {
                    assertThat(refused.key()).isEqualTo("claim.refused.supervisor-first");
                    assertThat(refused.text(Locale.ENGLISH)).isEqualTo("the supervisor approves first (claim LP1)");
                });
        assertThat(claim.getApprovals()).isEmpty();
    }

    @Test
    void anOfferNeedsEveryApprovalOfItsLevel() {
        Claim claim = awaitingApproval(ApprovalStep.MANAGER);
        claim.recordApproval(ApprovalStep.SUPERVISOR, ApprovalDecision.APPROVE, "sup", Set.of("claims-supervisor"), null, NOW);

        assertThatThrownBy(() -> claim.offer(NOW)).isInstanceOfSatisfying(StepRefused.class, refused -> {
            assertThat(refused.status()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.text(Messages.DEFAULT)).isEqualTo("理赔 LP1 缺少审批，不能发出赔付方案");
            assertThat(refused.text(Locale.ENGLISH)).isEqualTo("claim LP1 lacks the approvals its payout needs (MANAGER)");
        });
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.AWAITING_APPROVAL);

        claim.recordApproval(ApprovalStep.MANAGER, ApprovalDecision.APPROVE, "mgr", Set.of("claims-manager"), null, NOW);
        claim.offer(NOW);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.OFFERED);
    }

    private static Claim awaitingApproval(ApprovalStep level) {
        Claim claim = claim();
        claim.moveTo(ClaimStatus.COLLECTING_EVIDENCE, NOW);
        claim.moveTo(ClaimStatus.ASSESSING, NOW);
        claim.recordPayout(new Payout(Money.of("100.00"), "LOSS_UNINSURED",
                List.of(new PayoutLine("退还运费 Postage refund", Money.of("100.00")))), NOW);
        claim.routeApproval(level, NOW);
        claim.moveTo(ClaimStatus.AWAITING_APPROVAL, NOW);
        return claim;
    }

    static Claim claim() {
        ShipmentSnapshot shipment = new ShipmentSnapshot("SF1", ServiceType.DOMESTIC, NOW.minusSeconds(86_400 * 3),
                NOW.minusSeconds(86_400), null, "C1", null, "S1", "S2", new BigDecimal("12.00"), false, null, null,
                ShipmentStatus.values()[0]);
        return new Claim("LP1", ClaimOrigin.values()[0], null, new CustomerContact("张三", "13800000000", null), "lost",
                LossType.values()[0], new BigDecimal("100.00"), shipment, NOW);
    }
}
