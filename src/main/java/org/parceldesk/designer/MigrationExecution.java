package org.parceldesk.designer;

import java.util.List;

/** The batches started by an execute call: one per source version that had movable instances. */
record MigrationExecution(DefinitionVersion target, List<SourceBatch> batches) {

    /**
     * @param batchId  the Camunda batch migrating {@code instances}; null when no instance could move
     * @param skipped  instances the dry run found blocked; they stay on their version
     */
    public record SourceBatch(String sourceDefinitionId, String batchId, int instances,
            List<DryRunReport.InstanceReport> skipped, long notChecked) {
    }
}
