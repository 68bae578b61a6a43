package org.parceldesk.claim;

import java.time.Clock;
import org.parceldesk.common.CaseTimeline;
import org.springframework.stereotype.Component;

/** Changes of who may work a claim's task land on the claim's timeline, as for complaints and violations. */
@Component
class ClaimTaskAccessTimeline implements CaseTimeline {

    private final ClaimRepository claims;
    private final Clock clock;

    ClaimTaskAccessTimeline(ClaimRepository claims, Clock clock) {
        this.claims = claims;
        this.clock = clock;
    }

    @Override
    public boolean recordTaskAccessChange(String caseNo, String actor, String change) {
        return claims.findByCaseNo(caseNo).map(claim -> {
            claim.record(ClaimEventType.TASK_ACCESS_CHANGED, clock.instant(), actor, change);
            return true;
        }).orElse(false);
    }
}
