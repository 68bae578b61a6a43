package org.parceldesk.claim;

import java.time.Instant;
import java.util.List;

/**
 * What the customer's own claim page shows: a snapshot read in one transaction, so that no page
 * holds a JPA entity (and nothing the customer should not see can leak into a template by a typo).
 */
public record ClaimCustomerView(String caseNo, String waybillNo, ClaimStatus status, Instant registeredAt,
        Payout payout, List<EvidenceFile> evidence) {

    /** One file the customer sent: its name and size, never where it is stored. */
    public record EvidenceFile(String originalName, long sizeBytes) {
    }

    static ClaimCustomerView of(Claim claim, List<ClaimEvidence> files) {
        return new ClaimCustomerView(claim.getCaseNo(), claim.getWaybillNo(), claim.getStatus(), claim.getRegisteredAt(),
                claim.payout(), files.stream().map(f -> new EvidenceFile(f.getOriginalName(), f.getSizeBytes())).toList());
    }
}
