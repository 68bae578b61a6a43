package org.parceldesk.violation;

import java.time.Instant;

/**
 * What is needed to register a violation, whoever reports it.
 *
 * @param dedupeKey what makes a repeat of the same violation, or null when nothing does
 *                  (see {@link ViolationRegistration#dedupeKey})
 */
record NewViolation(
        ViolationSource source,
        String sourceCaseNo,
        String courierNo,
        ViolationType type,
        String waybillNo,
        String description,
        Instant occurredAt,
        String dedupeKey,
        String registeredBy) {
}
