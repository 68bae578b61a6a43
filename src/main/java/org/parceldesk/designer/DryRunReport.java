package org.parceldesk.designer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Which instances can move to the target and why the others cannot; nothing has been changed. */
record DryRunReport(DefinitionVersion target, List<SourceReport> sources) {

    @JsonProperty
    public long movableCount() {
        return sources.stream().mapToLong(source -> source.movable().size()).sum();
    }

    @JsonProperty
    public long blockedCount() {
        return sources.stream().mapToLong(source -> source.blocked().size()).sum();
    }

    /**
     * @param checked      instances tried (at most the configured dry-run limit)
     * @param notChecked   instances left over beyond the limit; run again after migrating the first ones
     */
    public record SourceReport(MigrationPlanView.SourcePlan plan, List<InstanceReport> movable,
            List<InstanceReport> blocked, int checked, long notChecked) {
    }

    /**
     * @param activityIds where the instance waits now
     * @param reasons     the engine's validation failures (empty for a movable instance)
     */
    public record InstanceReport(String processInstanceId, String businessKey, List<String> activityIds,
            List<String> reasons) {
    }
}
