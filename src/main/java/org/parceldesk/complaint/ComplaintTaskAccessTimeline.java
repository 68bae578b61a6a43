package org.parceldesk.complaint;

import java.time.Clock;
import org.parceldesk.common.CaseTimeline;
import org.springframework.stereotype.Component;

/** Changes of who may work a complaint's task land on the complaint's timeline. */
@Component
class ComplaintTaskAccessTimeline implements CaseTimeline {

    private final ComplaintRepository complaints;
    private final Clock clock;

    ComplaintTaskAccessTimeline(ComplaintRepository complaints, Clock clock) {
        this.complaints = complaints;
        this.clock = clock;
    }

    @Override
    public boolean recordTaskAccessChange(String caseNo, String actor, String change) {
        return complaints.findByCaseNo(caseNo).map(complaint -> {
            complaint.record(ComplaintEventType.TASK_ACCESS_CHANGED, clock.instant(), actor, change);
            return true;
        }).orElse(false);
    }
}
