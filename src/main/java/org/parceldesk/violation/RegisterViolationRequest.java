package org.parceldesk.violation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Body of {@code POST /api/v1/violations}. */
record RegisterViolationRequest(
        @NotNull ViolationSource source,
        @Size(max = 20) String sourceCaseNo,
        @NotBlank @Size(max = 16) String courierNo,
        @NotNull ViolationType type,
        @Size(max = 32) String waybillNo,
        @NotBlank @Size(max = 2000) String description,
        Instant occurredAt) {
}
