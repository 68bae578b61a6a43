package org.parceldesk.complaint;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** The answer to a filed complaint; {@code duplicateOf} is set when an open complaint already covered it. */
@Schema(description = "The case that handles the complaint")
public record ComplaintReceipt(
        @Schema(example = "TS20260303000001") String caseNo,
        ComplaintStatus status,
        Instant receivedAt,
        @Schema(description = "Resolution date promised to the customer") Instant resolutionDueAt,
        @Schema(description = "Set when the complaint duplicates this open case (same waybill and category)")
        String duplicateOf) {
}
