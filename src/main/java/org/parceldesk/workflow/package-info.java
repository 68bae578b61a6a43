/**
 * Shared kernel for the three processes: declared task fields, the engine-client input guard and
 * case keys. Every case module may use it; it uses no other module
 * (docs/decisions/0016-module-boundaries.md).
 */
@ApplicationModule(displayName = "Workflow (shared kernel)", allowedDependencies = {})
package org.parceldesk.workflow;

import org.springframework.modulith.ApplicationModule;
