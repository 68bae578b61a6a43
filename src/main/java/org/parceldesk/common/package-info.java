/**
 * Shared kernel: case numbers, money, personal-data masking, the API's problem details and input
 * limits. Every module may use it; it uses no other module (docs/decisions/0016-module-boundaries.md).
 */
@ApplicationModule(displayName = "Common (shared kernel)", allowedDependencies = {})
package org.parceldesk.common;

import org.springframework.modulith.ApplicationModule;
