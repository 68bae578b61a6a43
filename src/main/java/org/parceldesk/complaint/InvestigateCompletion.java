package org.parceldesk.complaint;

import static org.parceldesk.complaint.ComplaintProcess.*;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Investigate} completed with one of three outcomes: ask the station (the question goes to the
 * timeline), wait for the customer (the request is required), or concluded: the checked conclusion
 * ({@link InvestigationConclusionReader}) is recorded and its normalised decisions are set for the
 * gateways, which read them without guarding against missing values.
 */
@Component
class InvestigateCompletion implements ComplaintCompletionStep {

    private final ComplaintCases cases;
    private final InvestigationConclusionReader conclusions;

    InvestigateCompletion(ComplaintCases cases, InvestigationConclusionReader conclusions) {
        this.cases = cases;
        this.conclusions = conclusions;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(TASK_INVESTIGATE);
    }

    @Override
    public void complete(CompletedTask done) {
        String outcome = done.input().requiredOneOf(INVESTIGATION_OUTCOME,
                Set.of(OUTCOME_CONCLUDED, OUTCOME_ASK_STATION, OUTCOME_WAIT_FOR_CUSTOMER));
        switch (outcome) {
            case OUTCOME_ASK_STATION -> done.complaint().record(ComplaintEventType.STATION_INVESTIGATION_REQUESTED,
                    cases.now(), done.actor(), done.input().requiredText(STATION_QUESTION));
            case OUTCOME_WAIT_FOR_CUSTOMER -> done.input().requiredText(CUSTOMER_INFO_REQUEST);
            default -> concluded(done);
        }
    }

    private void concluded(CompletedTask done) {
        InvestigationConclusionReader.Conclusion conclusion = conclusions.read(done.input(), done.complaint());
        DelegateTask task = done.task();
        task.setVariable(COMPENSATION_NEEDED, conclusion.compensation());
        task.setVariable(COURIER_AT_FAULT, conclusion.courierAtFault());
        task.setVariable(COURIER_NO, conclusion.courierNo());
        task.setVariable(VIOLATION_TYPE, conclusion.courierAtFault() ? conclusion.violationType().name() : null);
        done.complaint().investigated(conclusion.finding(), conclusion.party(), conclusion.courierNo());
        String courier = conclusion.courierNo() == null ? ""
                : cases.recorded("complaint.timeline.investigated-courier", conclusion.courierNo());
        done.complaint().record(ComplaintEventType.INVESTIGATED, cases.now(), done.actor(), cases.recorded(
                "complaint.timeline.investigated", conclusion.party().name(), courier,
                String.valueOf(conclusion.compensation()), String.valueOf(conclusion.courierAtFault()), conclusion.finding()));
    }
}
