package org.parceldesk.complaint;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parceldesk.common.ResponsibleParty;
import org.parceldesk.common.StepRefused;
import org.parceldesk.shipment.ShipmentSnapshot;

/**
 * A customer's complaint (投诉) about one shipment. Holds the personal data the case needs (the
 * process only ever sees the case number and decisions), a snapshot of the shipment's responsible
 * station and courier taken at intake, the SLA dates and the investigation's outcome.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_no")
    private String caseNo;
    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;
    @Enumerated(EnumType.STRING)
    private ComplaintChannel channel;
    @Enumerated(EnumType.STRING)
    private ComplaintCategory category;
    @Enumerated(EnumType.STRING)
    private ComplaintPriority priority;
    @Column(name = "waybill_no")
    private String waybillNo;
    @Column(name = "customer_name")
    private String customerName;
    @Column(name = "customer_phone")
    private String customerPhone;
    @Column(name = "customer_email")
    private String customerEmail;
    private String description;
    @Column(name = "station_code")
    private String stationCode;
    @Column(name = "courier_no")
    private String courierNo;
    @Column(name = "shipment_status")
    private String shipmentStatus;
    @Column(name = "promised_delivery_at")
    private Instant promisedDeliveryAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "received_by")
    private String receivedBy;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "first_contact_due_at")
    private Instant firstContactDueAt;
    @Column(name = "first_contacted_at")
    private Instant firstContactedAt;
    /** What the customer was told at acknowledgment; never changes afterwards. */
    @Column(name = "promised_resolution_at")
    private Instant promisedResolutionAt;
    /** The internal resolution deadline; moves later while the clock is paused. */
    @Column(name = "resolution_due_at")
    private Instant resolutionDueAt;
    @Column(name = "replied_at")
    private Instant repliedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "first_contact_breached")
    private boolean firstContactBreached;
    @Column(name = "resolution_breached")
    private boolean resolutionBreached;
    @Column(name = "handler_groups")
    private String handlerGroups;
    private String finding;
    @Enumerated(EnumType.STRING)
    @Column(name = "responsible_party")
    private ResponsibleParty responsibleParty;
    @Column(name = "responsible_courier_no")
    private String responsibleCourierNo;
    private String resolution;
    private Integer satisfaction;
    @Column(name = "satisfaction_source")
    private String satisfactionSource;
    @Column(name = "satisfaction_comment")
    private String satisfactionComment;
    private boolean reopened;
    @Column(name = "claim_case_no")
    private String claimCaseNo;
    @Column(name = "violation_case_no")
    private String violationCaseNo;
    /** waybill|category while the complaint is open, null once final: a unique index forbids two open ones. */
    @Column(name = "open_key")
    private String openKey;
    /** Optimistic lock: two steps that changed the same complaint at once cannot both win silently. */
    @Version
    private long version;

    @Column(name = "regulator_reference")
    private String regulatorReference;
    /** The regulator's deadline for the outcome report: a day in the business time zone, inclusive. */
    @Column(name = "regulator_deadline")
    private LocalDate regulatorDeadline;
    @Column(name = "regulator_contact")
    private String regulatorContact;
    /** What was reported to the regulator, and on which day it was sent. */
    @Column(name = "regulator_report")
    private String regulatorReport;
    @Column(name = "regulator_reported_on")
    private LocalDate regulatorReportedOn;
    @Column(name = "regulator_report_recorded_at")
    private Instant regulatorReportRecordedAt;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("entry.occurredAt asc, id asc")
    private List<ComplaintEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id asc")
    private List<CoComplainant> coComplainants = new ArrayList<>();

    protected Complaint() {
    }

    Complaint(String caseNo, ComplaintChannel channel, ComplaintCategory category, ComplaintPriority priority,
            CustomerContact customer, String description, ShipmentSnapshot shipment, Instant receivedAt,
            String receivedBy) {
        this.caseNo = caseNo;
        this.status = ComplaintStatus.RECEIVED;
        this.channel = channel;
        this.category = category;
        this.priority = priority;
        this.waybillNo = shipment.waybillNo();
        this.customerName = customer.name();
        this.customerPhone = customer.phone();
        this.customerEmail = customer.email();
        this.description = description;
        this.stationCode = shipment.responsibleStationCode();
        this.courierNo = shipment.responsibleCourierNo();
        this.shipmentStatus = shipment.status() == null ? null : shipment.status().name();
        this.promisedDeliveryAt = shipment.promisedAt();
        this.deliveredAt = shipment.deliveredAt();
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
        this.openKey = openKey(waybillNo, category);
    }

    void referredBy(RegulatorReferral referral) {
        if (referral == null) {
            return;
        }
        this.regulatorReference = referral.reference();
        this.regulatorDeadline = referral.deadline();
        this.regulatorContact = referral.contact();
    }

    boolean isRegulatorReferral() {
        return channel == ComplaintChannel.REGULATOR;
    }

    /** The outcome report sent back to the regulator; only for referrals, and only once. */
    void reportedToRegulator(String report, LocalDate sentOn, Instant recordedAt) {
        if (!isRegulatorReferral()) {
            throw new IllegalStateException(caseNo + " is not a regulator referral");
        }
        if (regulatorReportedOn != null) {
            throw new IllegalStateException(caseNo + ": the outcome was already reported to the regulator");
        }
        this.regulatorReport = report;
        this.regulatorReportedOn = sentOn;
        this.regulatorReportRecordedAt = recordedAt;
    }

    CoComplainant addCoComplainant(ComplaintChannel via, CustomerContact customer, String text, Instant at, String by) {
        CoComplainant co = new CoComplainant(this, via, customer, text, at, by);
        coComplainants.add(co);
        return co;
    }

    /** Whether this phone (digits) belongs to the complainant or to one of the co-complainants. */
    boolean isComplainantPhone(String phone) {
        return phone != null && (phone.equals(customerPhone)
                || coComplainants.stream().anyMatch(co -> phone.equals(co.getCustomerPhone())));
    }

    static String openKey(String waybillNo, ComplaintCategory category) {
        return waybillNo + "|" + category.name();
    }

    ComplaintEvent record(ComplaintEventType type, Instant at, String actor, String detail) {
        ComplaintEvent event = new ComplaintEvent(this, type, at, actor, detail);
        events.add(event);
        return event;
    }

    boolean hasEvent(ComplaintEventType type, String detail) {
        return events.stream().anyMatch(e -> e.getType() == type && java.util.Objects.equals(e.getDetail(), detail));
    }

    void acknowledged(Instant at, Instant firstContactDue, Instant resolutionDue) {
        this.acknowledgedAt = at;
        this.firstContactDueAt = firstContactDue;
        this.promisedResolutionAt = resolutionDue;
        this.resolutionDueAt = resolutionDue;
    }

    void assigned(String handlerGroups) {
        this.handlerGroups = handlerGroups;
    }

    void contacted(Instant at) {
        moveTo(ComplaintStatus.IN_PROGRESS);
        if (firstContactedAt == null) {
            firstContactedAt = at;
        }
    }

    void waitingForCustomer() {
        moveTo(ComplaintStatus.WAITING_FOR_CUSTOMER);
    }

    /** (Re-)entering the resolution work: back in progress, with the (possibly moved) internal deadline. */
    void resumed(Instant newResolutionDue) {
        moveTo(firstContactedAt == null ? ComplaintStatus.RECEIVED : ComplaintStatus.IN_PROGRESS);
        if (newResolutionDue != null) {
            resolutionDueAt = newResolutionDue;
        }
    }

    void investigated(String finding, ResponsibleParty party, String courierNo) {
        this.finding = finding;
        this.responsibleParty = party;
        this.responsibleCourierNo = courierNo;
    }

    void claimOpened(String claimCaseNo) {
        this.claimCaseNo = claimCaseNo;
    }

    void violationRegistered(String violationCaseNo) {
        this.violationCaseNo = violationCaseNo;
    }

    void replied(String resolution, Instant at) {
        moveTo(ComplaintStatus.REPLIED);
        this.resolution = resolution;
        this.repliedAt = at;
    }

    void rated(int satisfaction, String source, String comment) {
        this.satisfaction = satisfaction;
        this.satisfactionSource = source;
        this.satisfactionComment = comment;
    }

    /** The customer's comment from the portal survey, kept before the rating completes the callback. */
    void surveyCommented(String comment) {
        this.satisfactionComment = comment;
    }

    void reopen() {
        moveTo(ComplaintStatus.REOPENED);
        this.reopened = true;
    }

    void supervisorReplied(String resolution, Instant at) {
        this.resolution = resolution;
        this.repliedAt = at;
    }

    void breached(boolean firstContact) {
        if (firstContact) {
            firstContactBreached = true;
        } else {
            resolutionBreached = true;
        }
    }

    void close(ComplaintStatus finalStatus, Instant at) {
        if (!ComplaintStatus.FINAL.contains(finalStatus)) {
            throw new IllegalArgumentException("Not a final status: " + finalStatus);
        }
        moveTo(finalStatus);
        this.closedAt = at;
        this.openKey = null;
    }

    /**
     * The one place the status changes: only the moves of {@link ComplaintStatus#canBecome}, anything
     * else (a reply to a closed complaint, a second closing) is refused before anything changes.
     */
    private void moveTo(ComplaintStatus next) {
        if (!status.canBecome(next)) {
            throw StepRefused.notAllowed(null, "complaint.refused.wrong-state", caseNo, status, next);
        }
        this.status = next;
    }

    public Long getId() {
        return id;
    }

    public String getCaseNo() {
        return caseNo;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public ComplaintPriority getPriority() {
        return priority;
    }

    public String getWaybillNo() {
        return waybillNo;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getCustomerPhone() {
        return customerPhone;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public String getDescription() {
        return description;
    }

    public String getStationCode() {
        return stationCode;
    }

    public String getCourierNo() {
        return courierNo;
    }

    public String getShipmentStatus() {
        return shipmentStatus;
    }

    public Instant getPromisedDeliveryAt() {
        return promisedDeliveryAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getFirstContactDueAt() {
        return firstContactDueAt;
    }

    public Instant getFirstContactedAt() {
        return firstContactedAt;
    }

    public Instant getPromisedResolutionAt() {
        return promisedResolutionAt;
    }

    public Instant getResolutionDueAt() {
        return resolutionDueAt;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public boolean isFirstContactBreached() {
        return firstContactBreached;
    }

    public boolean isResolutionBreached() {
        return resolutionBreached;
    }

    public String getHandlerGroups() {
        return handlerGroups;
    }

    public String getFinding() {
        return finding;
    }

    public ResponsibleParty getResponsibleParty() {
        return responsibleParty;
    }

    public String getResponsibleCourierNo() {
        return responsibleCourierNo;
    }

    public String getResolution() {
        return resolution;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public String getSatisfactionSource() {
        return satisfactionSource;
    }

    public String getSatisfactionComment() {
        return satisfactionComment;
    }

    public boolean isReopened() {
        return reopened;
    }

    public String getClaimCaseNo() {
        return claimCaseNo;
    }

    public String getViolationCaseNo() {
        return violationCaseNo;
    }

    public List<ComplaintEvent> getEvents() {
        return List.copyOf(events);
    }

    List<CoComplainant> getCoComplainants() {
        return List.copyOf(coComplainants);
    }

    public String getRegulatorReference() {
        return regulatorReference;
    }

    public LocalDate getRegulatorDeadline() {
        return regulatorDeadline;
    }

    public String getRegulatorContact() {
        return regulatorContact;
    }

    public String getRegulatorReport() {
        return regulatorReport;
    }

    public LocalDate getRegulatorReportedOn() {
        return regulatorReportedOn;
    }

    public Instant getRegulatorReportRecordedAt() {
        return regulatorReportRecordedAt;
    }
}
