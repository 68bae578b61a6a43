package org.parceldesk.claim;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.parceldesk.common.PersonalData;
import org.parceldesk.common.ResponsibleParty;
import org.parceldesk.shipment.ServiceType;

/** A claim as the API shows it to staff. */
public record ClaimView(
        String caseNo,
        String waybillNo,
        ClaimStatus status,
        ClaimOrigin origin,
        String complaintCaseNo,
        Customer customer,
        String description,
        LossType reportedLossType,
        BigDecimal claimedAmount,
        Shipment shipment,
        Assessment assessment,
        ClaimQuoteResponse payout,
        ApprovalStep approvalLevel,
        List<Approval> approvals,
        List<Dispute> disputes,
        PaymentView payment,
        ChargebackView chargeback,
        String violationCaseNo,
        @Schema(description = "Why the linked violation case could not be registered (courier suspended or left); "
                + "the claim was paid and closed regardless") String violationRefusal,
        List<Evidence> evidence,
        Instant registeredAt,
        Instant offeredAt,
        Instant acceptedAt,
        Instant closedAt,
        String closeReason,
        @Schema(description = "What happened to the claim, oldest first (decision 0018)") List<Event> timeline) {

    public record Event(Instant occurredAt, ClaimEventType type, String actor, String detail) {
    }

    public record Customer(String name, String phone, String email) {
    }

    public record Shipment(ServiceType serviceType, Instant shippedAt, Instant promisedAt, Instant deliveredAt,
            BigDecimal postage, boolean insured, BigDecimal declaredValue, BigDecimal insuranceFee, String stationCode,
            String courierNo) {
    }

    public record Assessment(LossType lossType, ResponsibleParty responsibleParty, BigDecimal actualLoss,
            BigDecimal fullValue, boolean wrongRecipientDetails, String note, String assessedBy, Instant assessedAt) {
    }

    public record Approval(ApprovalStep step, ApprovalDecision decision, String approver, String note,
            BigDecimal payoutAmount, Instant decidedAt) {
    }

    public record Dispute(int round, ConfirmationChannel channel, String reason, BigDecimal offeredAmount,
            Instant disputedAt) {
    }

    public record PaymentView(BigDecimal amount, String currency, String reference, Instant paidAt) {
    }

    public record ChargebackView(String stationCode, BigDecimal share, BigDecimal amount) {
    }

    public record Evidence(long id, String fileName, String contentType, long sizeBytes, String sha256, Instant uploadedAt) {
    }

    /** A line of a paged list. */
    public record Summary(String caseNo, String waybillNo, ClaimStatus status, ClaimOrigin origin, LossType lossType,
            ResponsibleParty responsibleParty, BigDecimal payoutAmount, String payoutRuleCode, String stationCode,
            Instant registeredAt, Instant closedAt) {

        static Summary of(Claim c) {
            return new Summary(c.getCaseNo(), c.getWaybillNo(), c.getStatus(), c.getOrigin(), c.getLossType(),
                    c.getResponsibleParty(), c.getPayoutAmount(), c.getPayoutRuleCode(), c.getStationCode(),
                    c.getRegisteredAt(), c.getClosedAt());
        }
    }

    static ClaimView of(Claim c, boolean showContact, Payment payment, Chargeback chargeback, List<ClaimEvidence> files) {
        CustomerContact contact = c.getCustomer();
        Payout payout = c.payout();
        Assessment assessment = c.getLossType() == null ? null : new Assessment(c.getLossType(), c.getResponsibleParty(),
                c.getActualLoss(), c.getFullValue(), c.isWrongRecipientDetails(), c.getAssessmentNote(), c.getAssessedBy(),
                c.getAssessedAt());
        return new ClaimView(c.getCaseNo(), c.getWaybillNo(), c.getStatus(), c.getOrigin(), c.getComplaintCaseNo(),
                new Customer(contact.name(), showContact ? contact.phone() : PersonalData.maskPhone(contact.phone()),
                        showContact ? contact.email() : null),
                c.getDescription(), c.getReportedLossType(), c.getClaimedAmount(),
                new Shipment(c.getServiceType(), c.getShippedAt(), c.getPromisedAt(), c.getDeliveredAt(), c.getPostage(),
                        c.isInsured(), c.getDeclaredValue(), c.getInsuranceFee(), c.getStationCode(), c.getCourierNo()),
                assessment, payout == null ? null : ClaimQuoteResponse.of(payout), c.getApprovalLevel(),
                c.getApprovals().stream().map(a -> new Approval(a.getStep(), a.getDecision(), a.getApprover(), a.getNote(),
                        a.getPayoutAmount(), a.getDecidedAt())).toList(),
                c.getDisputes().stream().map(d -> new Dispute(d.getRound(), d.getChannel(), d.getReason(),
                        d.getOfferedAmount(), d.getDisputedAt())).toList(),
                payment == null ? null : new PaymentView(payment.getAmount().amount(), payment.getCurrency(),
                        payment.getReference(), payment.getPaidAt()),
                chargeback == null ? null : new ChargebackView(chargeback.getStationCode(), chargeback.getShare(),
                        chargeback.getAmount().amount()),
                c.getViolationCaseNo(), c.getViolationRefusal(),
                files.stream().map(e -> new Evidence(e.getId(), e.getOriginalName(), e.getContentType(), e.getSizeBytes(),
                        e.getSha256(), e.getUploadedAt())).toList(),
                c.getRegisteredAt(), c.getOfferedAt(), c.getAcceptedAt(), c.getClosedAt(), c.getCloseReason(),
                c.getEvents().stream().map(e -> new Event(e.getOccurredAt(), e.getType(), e.getActor(), e.getDetail()))
                        .toList());
    }
}
