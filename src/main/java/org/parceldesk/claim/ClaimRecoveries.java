package org.parceldesk.claim;

import org.parceldesk.common.Messages;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.parceldesk.common.Money;
import org.parceldesk.common.ResponsibleParty;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.violation.CourierHeldResponsible;
import org.parceldesk.violation.ViolationSource;
import org.parceldesk.violation.ViolationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recovery (追偿) of a paid claim: a chargeback to the responsible station (COURIER or STATION),
 * a linked violation case when a courier is responsible, and an insurer or linehaul-carrier
 * recovery for LINEHAUL or insured shipments. Every record is written at most once per claim. The
 * violation case is the violation module's work: the claim announces {@link CourierHeldResponsible}
 * and links the answer ({@link ClaimViolationLinks}) after the recovery step has committed.
 */
@Component
class ClaimRecoveries {

    private static final Logger log = LoggerFactory.getLogger(ClaimRecoveries.class);

    private final ClaimRepository claims;
    private final ChargebackRepository chargebacks;
    private final RecoveryRepository recoveries;
    private final CourierRepository couriers;
    private final ApplicationEventPublisher events;
    private final ClaimProperties properties;
    private final Clock clock;

    private final Messages messages;

    ClaimRecoveries(ClaimRepository claims, ChargebackRepository chargebacks, RecoveryRepository recoveries,
            CourierRepository couriers, ApplicationEventPublisher events, ClaimProperties properties, Clock clock,
            Messages messages) {
        this.messages = messages;
        this.claims = claims;
        this.chargebacks = chargebacks;
        this.recoveries = recoveries;
        this.couriers = couriers;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Charges back and reports the courier as needed; returns whether an insurer/carrier recovery follows. */
    @Transactional
    public boolean start(String caseNo) {
        Claim claim = claims.findByCaseNo(caseNo).orElseThrow();
        ResponsibleParty party = claim.getResponsibleParty();
        Money payout = Money.of(claim.getPayoutAmount());
        boolean paid = payout.amount().signum() > 0;
        if (party == ResponsibleParty.COURIER) {
            reportCourier(claim);
        }
        if (paid && (party == ResponsibleParty.COURIER || party == ResponsibleParty.STATION)
                && chargebacks.findByClaimCaseNo(caseNo).isEmpty()) {
            Chargeback chargeback = new Chargeback(caseNo, chargedStation(claim), party, payout,
                    properties.recovery().stationShare(), clock.instant());
            chargeback.linkViolation(claim.getViolationCaseNo());
            chargebacks.save(chargeback);
        }
        return paid && (party == ResponsibleParty.LINEHAUL || claim.isInsured());
    }

    /** What the insurer or carrier paid back, entered by the claims handler. */
    @Transactional
    public Recovery recordRecovery(String caseNo, RecoveryCounterparty counterparty, Money amount, String reference,
            String note, String recordedBy) {
        if (amount.isNegative()) {
            throw PayoutRefusal.of("recoveredAmount", "claim.refused.payout.negative");
        }
        return recoveries.findByClaimCaseNo(caseNo).orElseGet(() -> {
            Instant now = clock.instant();
            claims.findByCaseNo(caseNo).ifPresent(claim -> claim.record(ClaimEventType.RECOVERY_RECORDED, now, recordedBy,
                    counterparty + " " + amount.amount().toPlainString() + (reference == null ? "" : " " + reference)));
            return recoveries.save(new Recovery(caseNo, counterparty, amount, reference, note, recordedBy, now));
        });
    }

    private void reportCourier(Claim claim) {
        if (claim.getViolationCaseNo() != null) {
            return;
        }
        if (claim.getCourierNo() == null) {
            log.warn("Claim {}: courier responsible but the shipment names no courier; no violation case", claim.getCaseNo());
            return;
        }
        events.publishEvent(new CourierHeldResponsible(ViolationSource.CLAIM, claim.getCaseNo(), claim.getCourierNo(),
                violationType(claim.getLossType()), claim.getWaybillNo(),
                messages.get(Messages.DEFAULT, "claim.violation-report", claim.getCaseNo(), claim.getLossType())));
    }

    /** The courier's station carries a courier's chargeback; otherwise the shipment's responsible station. */
    private String chargedStation(Claim claim) {
        if (claim.getResponsibleParty() == ResponsibleParty.COURIER && claim.getCourierNo() != null) {
            Optional<String> station = couriers.findById(claim.getCourierNo()).map(Courier::getStationCode);
            if (station.isPresent()) {
                return station.get();
            }
        }
        return claim.getStationCode();
    }

    static ViolationType violationType(LossType lossType) {
        return switch (lossType) {
            case DELAY -> ViolationType.LATE_NO_NOTICE;
            case DAMAGE_TOTAL, DAMAGE_PARTIAL -> ViolationType.MISHANDLING;
            case LOSS, WRONG_CONTENTS, SHORTAGE -> ViolationType.LOST_BY_NEGLIGENCE;
        };
    }
}
