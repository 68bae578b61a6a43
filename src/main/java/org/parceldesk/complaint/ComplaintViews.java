package org.parceldesk.complaint;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.parceldesk.common.ResponsibleParty;

/** The JSON shapes of the complaint API. */
public final class ComplaintViews {

    private ComplaintViews() {
    }

    @Schema(description = "A complaint with its SLA state, linked cases and timeline")
    public record Detail(
            String caseNo,
            ComplaintStatus status,
            ComplaintChannel channel,
            ComplaintCategory category,
            ComplaintPriority priority,
            String waybillNo,
            Customer customer,
            String description,
            @Schema(description = "Responsible station at intake (snapshot)") String stationCode,
            @Schema(description = "Responsible courier at intake (snapshot)") String courierNo,
            String handlerGroups,
            Instant receivedAt,
            Instant acknowledgedAt,
            Sla sla,
            String finding,
            ResponsibleParty responsibleParty,
            String responsibleCourierNo,
            String resolution,
            Integer satisfaction,
            String satisfactionSource,
            boolean reopened,
            LinkedCases linkedCases,
            Instant closedAt,
            List<Event> timeline,
            @Schema(description = "The customer's comment from the portal survey (also on the timeline)") String satisfactionComment,
            @Schema(description = "Further customers about the same waybill and category (共同投诉人)") List<CoComplainant> coComplainants,
            @Schema(description = "Regulator referral (申诉): reference, deadline, contact and the outcome report; null for other channels")
            Regulator regulator,
            @Schema(description = "Files the customer sent on the portal with Add information") List<Evidence> evidence) {
    }

    @Schema(description = "A co-complainant; the phone is masked unless the caller's role needs it")
    public record CoComplainant(long id, ComplaintChannel channel, String name, String phone, String email,
            String description, Instant receivedAt) {
    }

    @Schema(description = "A regulator referral and the outcome reported back")
    public record Regulator(String reference, java.time.LocalDate deadline, String contact, String report,
            java.time.LocalDate reportedOn, Boolean reportedOnTime) {
    }

    @Schema(description = "A file the customer sent; download it from /api/v1/complaints/{caseNo}/evidence/{id}")
    public record Evidence(long id, String fileName, String contentType, long sizeBytes, String sha256, Instant uploadedAt) {
    }

    @Schema(description = "What tracking by case number and phone shows: status, steps, dates and the reply, nothing personal")
    public record Tracked(
            String caseNo,
            ComplaintStatus status,
            String statusLabel,
            Instant receivedAt,
            Instant promisedResolutionAt,
            String resolution,
            List<PublicEvent> timeline) {

        static Tracked of(PublicStatus status) {
            return new Tracked(status.caseNo(), status.status(), status.statusLabel(), status.receivedAt(),
                    status.promisedResolutionAt(), status.resolution(), status.timeline());
        }
    }

    @Schema(description = "The customer; the phone is masked unless the caller's role needs it")
    public record Customer(String name, String phone, String email) {
    }

    @Schema(description = "SLA dates: what was promised, the current internal deadlines, and what was missed")
    public record Sla(
            Instant firstContactDueAt,
            Instant firstContactedAt,
            boolean firstContactBreached,
            @Schema(description = "Told to the customer at acknowledgment; never moves") Instant promisedResolutionAt,
            @Schema(description = "Internal deadline; later by the time spent waiting for the customer") Instant resolutionDueAt,
            Instant repliedAt,
            boolean resolutionBreached,
            List<SlaEvent> warnings,
            List<SlaEvent> breaches) {
    }

    public record SlaEvent(String sla, Instant at) {
    }

    public record LinkedCases(String claimCaseNo, String violationCaseNo) {
    }

    public record Event(ComplaintEventType type, Instant at, String actor, String detail) {
    }

    @Schema(description = "A complaint in a list")
    public record Summary(
            String caseNo,
            ComplaintStatus status,
            ComplaintChannel channel,
            ComplaintCategory category,
            ComplaintPriority priority,
            String waybillNo,
            String stationCode,
            String customerPhone,
            Instant receivedAt,
            Instant promisedResolutionAt,
            Instant resolutionDueAt,
            boolean firstContactBreached,
            boolean resolutionBreached,
            Instant closedAt) {
    }

    @Schema(description = "What the customer sees of a case")
    public record PublicStatus(
            String caseNo,
            ComplaintStatus status,
            String statusLabel,
            String category,
            String waybillNo,
            Instant receivedAt,
            Instant promisedResolutionAt,
            String resolution,
            Integer satisfaction,
            boolean surveyOpen,
            List<PublicEvent> timeline) {
    }

    public record PublicEvent(Instant at, String label) {
    }
}
