/**
 * Shared kernel for the three processes: declared task fields, the engine-client input guard and
 * case keys, the task-input reader. Every case module may use it; it uses only the other kernel module, common
 * (docs/decisions/0016-module-boundaries.md).
 */
@ApplicationModule(displayName = "Workflow (shared kernel)", allowedDependencies = "common")
package org.parceldesk.workflow;

import org.springframework.modulith.ApplicationModule;
