package org.parceldesk.violation;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reads the decision table's outputs that the business rule tasks map into {@code dmn*} variables. */
final class DecidedPenalty {

    private DecidedPenalty() {
    }

    static Penalty from(DelegateExecution execution) {
        Map<String, Object> outputs = new HashMap<>();
        put(outputs, ViolationPenaltyDecision.MEASURE, execution.getVariable(CourierViolationProcess.DMN_MEASURE));
        put(outputs, ViolationPenaltyDecision.FINE_AMOUNT, execution.getVariable(CourierViolationProcess.DMN_FINE_AMOUNT));
        put(outputs, ViolationPenaltyDecision.SUSPENSION_DAYS,
                execution.getVariable(CourierViolationProcess.DMN_SUSPENSION_DAYS));
        put(outputs, ViolationPenaltyDecision.POINTS, execution.getVariable(CourierViolationProcess.DMN_POINTS));
        return ViolationPenaltyDecision.penaltyFrom(outputs);
    }

    private static void put(Map<String, Object> outputs, String name, Object value) {
        if (value != null) {
            outputs.put(name, value);
        }
    }
}
