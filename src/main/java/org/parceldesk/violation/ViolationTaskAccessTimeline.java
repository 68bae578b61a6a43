package org.parceldesk.violation;

import java.time.Clock;
import org.parceldesk.common.CaseTimeline;
import org.springframework.stereotype.Component;

/** Changes of who may work a violation case's task land on the case's timeline. */
@Component
class ViolationTaskAccessTimeline implements CaseTimeline {

    private final ViolationRepository violations;
    private final Clock clock;

    ViolationTaskAccessTimeline(ViolationRepository violations, Clock clock) {
        this.violations = violations;
        this.clock = clock;
    }

    @Override
    public boolean recordTaskAccessChange(String caseNo, String actor, String change) {
        return violations.findByCaseNo(caseNo).map(violation -> {
            violation.record(ViolationEventType.TASK_ACCESS_CHANGED, clock.instant(), actor, change);
            return true;
        }).orElse(false);
    }
}
