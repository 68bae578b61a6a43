package org.parceldesk.complaint;

import static org.parceldesk.complaint.ComplaintProcess.STATION_FINDING;
import static org.parceldesk.complaint.ComplaintProcess.TASK_STATION_INVESTIGATION;

import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code Station investigation} completed: the station's answer goes to the timeline (the handler's form shows it). */
@Component
class StationInvestigationCompletion implements ComplaintCompletionStep {

    private final ComplaintCases cases;

    StationInvestigationCompletion(ComplaintCases cases) {
        this.cases = cases;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(TASK_STATION_INVESTIGATION);
    }

    @Override
    public void complete(CompletedTask done) {
        done.complaint().record(ComplaintEventType.STATION_ANSWERED, cases.now(), done.actor(),
                done.input().requiredText(STATION_FINDING));
    }
}
