package org.parceldesk.complaint;

/** What intake did: {@code created} is false for a duplicate (HTTP 200) and true for a new case (201). */
public record IntakeOutcome(boolean created, ComplaintReceipt receipt) {
}
