package org.parceldesk.claim;

import org.parceldesk.violation.CourierReportRefused;
import org.parceldesk.violation.CourierViolationRegistered;
import org.parceldesk.violation.ViolationSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The violation module's answer to a claim's {@code CourierHeldResponsible}: the claim and its
 * chargeback link the violation case, or the claim keeps the refusal for an inspector to follow up.
 * The customer's payment committed long before and stands either way.
 */
@Component
class ClaimViolationLinks {

    private static final Logger log = LoggerFactory.getLogger(ClaimViolationLinks.class);

    private final ClaimRepository claims;
    private final ChargebackRepository chargebacks;
    private final java.time.Clock clock;

    ClaimViolationLinks(ClaimRepository claims, ChargebackRepository chargebacks, java.time.Clock clock) {
        this.clock = clock;
        this.claims = claims;
        this.chargebacks = chargebacks;
    }

    @ApplicationModuleListener
    void on(CourierViolationRegistered registered) {
        if (registered.source() != ViolationSource.CLAIM) {
            return;
        }
        claims.findByCaseNo(registered.sourceCaseNo()).orElseThrow().linkViolation(registered.violationCaseNo(), clock.instant());
        chargebacks.findByClaimCaseNo(registered.sourceCaseNo())
                .ifPresent(chargeback -> chargeback.linkViolation(registered.violationCaseNo()));
    }

    @ApplicationModuleListener
    void on(CourierReportRefused refused) {
        if (refused.source() != ViolationSource.CLAIM) {
            return;
        }
        claims.findByCaseNo(refused.sourceCaseNo()).orElseThrow().violationRefused(refused.reason(), clock.instant());
        log.warn("Claim {}: linked violation for courier {} refused: {}", refused.sourceCaseNo(), refused.courierNo(),
                refused.reason());
    }
}
