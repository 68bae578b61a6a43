package org.parceldesk.designer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The generated plans from every source version to the target, with what they leave out.
 */
record MigrationPlanView(DefinitionVersion target, List<SourcePlan> plans) {

    /**
     * @param instructions   where each source activity goes
     * @param unmapped       source activities without an instruction, with the instances waiting there
     *                       (those instances cannot move unless a mapping is added)
     * @param planProblems   why the plan itself is invalid; empty if valid
     */
    public record SourcePlan(DefinitionVersion source, List<Instruction> instructions, List<Unmapped> unmapped,
            List<String> planProblems) {

        @JsonProperty
        public boolean valid() {
            return planProblems.isEmpty();
        }
    }

    public record Instruction(String sourceActivityId, String targetActivityId, boolean updateEventTrigger) {
    }

    public record Unmapped(String activityId, String name, long waitingInstances) {
    }
}
