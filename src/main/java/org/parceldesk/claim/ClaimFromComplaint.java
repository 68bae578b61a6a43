package org.parceldesk.claim;

import org.parceldesk.common.ResponsibleParty;

/** What a complaint knows when it asks for a claim; the claim takes shipment facts from the directory. */
public record ClaimFromComplaint(
        String complaintCaseNo,
        String waybillNo,
        String customerName,
        String customerPhone,
        String customerEmail,
        String description,
        ResponsibleParty responsibleParty) {
}
