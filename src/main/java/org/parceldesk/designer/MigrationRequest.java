package org.parceldesk.designer;

import java.util.List;

/**
 * What to migrate. Give a {@code sourceDefinitionId} to move the instances of one version, or only a
 * {@code processDefinitionKey} to move the instances of every older version. The target is
 * {@code targetDefinitionId} or, if absent, the latest version of the key.
 *
 * @param mappings            explicit instructions for activities whose id changed; they take the place of
 *                            the generated instruction for the same source activity
 * @param updateEventTriggers re-create changed timers/messages of the equally named events (e.g. a new SLA)
 * @param processInstanceIds  only these instances (default: all instances of the source versions)
 */
public record MigrationRequest(String processDefinitionKey, String sourceDefinitionId, String targetDefinitionId,
        List<ActivityMapping> mappings, boolean updateEventTriggers, List<String> processInstanceIds) {

    public MigrationRequest {
        mappings = mappings == null ? List.of() : List.copyOf(mappings);
        processInstanceIds = processInstanceIds == null ? List.of() : List.copyOf(processInstanceIds);
    }

    /** One explicit instruction: the instances waiting in {@code sourceActivityId} go to {@code targetActivityId}. */
    public record ActivityMapping(String sourceActivityId, String targetActivityId, boolean updateEventTrigger) {
    }
}
