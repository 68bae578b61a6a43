package org.parceldesk.complaint;

import org.parceldesk.common.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.PageResponse;
import org.parceldesk.common.PersonalData;
import org.parceldesk.common.ZoneProperties;
import org.parceldesk.notification.NotificationDeliveries;
import org.parceldesk.notification.OutboxStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads complaints for the API and the portal. */
@Service
@Transactional(readOnly = true)
public class ComplaintQueries {

    /** The steps a customer sees in the public timeline, each with its text {@code complaint.public-event.<TYPE>}. */
    private static final Set<ComplaintEventType> PUBLIC_EVENTS = EnumSet.of(
            ComplaintEventType.RECEIVED, ComplaintEventType.ACKNOWLEDGED, ComplaintEventType.CONTACTED,
            ComplaintEventType.CUSTOMER_INFO_REQUESTED, ComplaintEventType.CUSTOMER_INFO_RECEIVED, ComplaintEventType.EVIDENCE_RECEIVED,
            ComplaintEventType.CUSTOMER_EVIDENCE_RECEIVED, ComplaintEventType.REPLIED, ComplaintEventType.SATISFACTION_RECORDED,
            ComplaintEventType.REOPENED, ComplaintEventType.SUPERVISOR_REVIEWED, ComplaintEventType.CLOSED,
            ComplaintEventType.NO_RESPONSE, ComplaintEventType.ABANDONED);

    private final ComplaintRepository complaints;
    private final ComplaintWorkflow workflow;
    private final ZoneProperties zone;
    private final NotificationDeliveries deliveries;
    private final ComplaintEvidenceRepository evidence;

    private final Messages messages;

    ComplaintQueries(ComplaintRepository complaints, ComplaintWorkflow workflow, ZoneProperties zone,
            NotificationDeliveries deliveries, ComplaintEvidenceRepository evidence,
            Messages messages) {
        this.messages = messages;
        this.evidence = evidence;
        this.complaints = complaints;
        this.workflow = workflow;
        this.zone = zone;
        this.deliveries = deliveries;
    }

    public ComplaintViews.Detail detail(String caseNo, boolean fullPhone) {
        Complaint c = complaints.findByCaseNo(caseNo).orElseThrow(() -> notFound(caseNo));
        List<ComplaintViews.SlaEvent> warnings = new ArrayList<>();
        List<ComplaintViews.SlaEvent> breaches = new ArrayList<>();
        List<ComplaintViews.Event> timeline = new ArrayList<>();
        for (ComplaintEvent e : c.getEvents()) {
            timeline.add(new ComplaintViews.Event(e.getType(), e.getOccurredAt(), e.getActor(), e.getDetail()));
            if (e.getType() == ComplaintEventType.SLA_WARNING) {
                warnings.add(new ComplaintViews.SlaEvent(e.getDetail(), e.getOccurredAt()));
            } else if (e.getType() == ComplaintEventType.SLA_BREACH) {
                breaches.add(new ComplaintViews.SlaEvent(e.getDetail(), e.getOccurredAt()));
            }
        }
        addCustomerDeliveries(caseNo, timeline);
        return new ComplaintViews.Detail(c.getCaseNo(), c.getStatus(), c.getChannel(), c.getCategory(), c.getPriority(),
                c.getWaybillNo(),
                new ComplaintViews.Customer(c.getCustomerName(),
                        fullPhone ? c.getCustomerPhone() : PersonalData.maskPhone(c.getCustomerPhone()), c.getCustomerEmail()),
                c.getDescription(), c.getStationCode(), c.getCourierNo(), c.getHandlerGroups(), c.getReceivedAt(),
                c.getAcknowledgedAt(),
                new ComplaintViews.Sla(c.getFirstContactDueAt(), c.getFirstContactedAt(), c.isFirstContactBreached(),
                        c.getPromisedResolutionAt(), c.getResolutionDueAt(), c.getRepliedAt(), c.isResolutionBreached(),
                        warnings, breaches),
                c.getFinding(), c.getResponsibleParty(), c.getResponsibleCourierNo(), c.getResolution(),
                c.getSatisfaction(), c.getSatisfactionSource(), c.isReopened(),
                new ComplaintViews.LinkedCases(c.getClaimCaseNo(), c.getViolationCaseNo()), c.getClosedAt(), timeline,
                c.getSatisfactionComment(),
                c.getCoComplainants().stream().map(co -> new ComplaintViews.CoComplainant(co.getId(), co.getChannel(),
                        co.getCustomerName(), fullPhone ? co.getCustomerPhone() : PersonalData.maskPhone(co.getCustomerPhone()),
                        co.getCustomerEmail(), co.getDescription(), co.getReceivedAt())).toList(),
                regulator(c),
                evidence.findByComplaintCaseNoOrderById(caseNo).stream().map(e -> new ComplaintViews.Evidence(e.getId(),
                        e.getOriginalName(), e.getContentType(), e.getSizeBytes(), e.getSha256(), e.getUploadedAt())).toList());
    }

    private static ComplaintViews.Regulator regulator(Complaint c) {
        if (c.getRegulatorReference() == null) {
            return null;
        }
        return new ComplaintViews.Regulator(c.getRegulatorReference(), c.getRegulatorDeadline(), c.getRegulatorContact(),
                c.getRegulatorReport(), c.getRegulatorReportedOn(), c.getRegulatorReportedOn() == null ? null
                        : !c.getRegulatorReportedOn().isAfter(c.getRegulatorDeadline()));
    }

    /**
     * A customer e-mail is "notified" only when the outbox has really sent it: the stored timeline
     * says CUSTOMER_NOTICE_QUEUED, and the outbox's record adds CUSTOMER_NOTIFIED (at the time it was
     * sent) or CUSTOMER_NOTICE_FAILED.
     */
    private void addCustomerDeliveries(String caseNo, List<ComplaintViews.Event> timeline) {
        boolean added = false;
        for (NotificationDeliveries.Delivery delivery : deliveries.of(caseNo)) {
            if (!isCustomerMail(delivery.template())) {
                continue;
            }
            if (delivery.status() == OutboxStatus.SENT && delivery.sentAt() != null) {
                timeline.add(new ComplaintViews.Event(ComplaintEventType.CUSTOMER_NOTIFIED, delivery.sentAt(),
                        ComplaintProcess.SYSTEM, delivery.template()));
                added = true;
            } else if (delivery.status() == OutboxStatus.FAILED) {
                timeline.add(new ComplaintViews.Event(ComplaintEventType.CUSTOMER_NOTICE_FAILED, delivery.queuedAt(),
                        ComplaintProcess.SYSTEM, delivery.template() + "（" + delivery.attempts() + " attempts）"));
                added = true;
            }
        }
        if (added) {
            timeline.sort(java.util.Comparator.comparing(ComplaintViews.Event::at));
        }
    }

    private static boolean isCustomerMail(String template) {
        for (ComplaintMail mail : ComplaintMail.values()) {
            if (mail.template().equals(template)) {
                return true;
            }
        }
        return false;
    }

    public PageResponse<ComplaintViews.Summary> list(ComplaintStatus status, ComplaintCategory category, String station,
            ComplaintChannel channel, LocalDate from, LocalDate to, Pageable pageable) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiProblem.invalid("to", messages.get("complaint.query.to-before-from"));
        }
        List<Specification<Complaint>> filters = new ArrayList<>();
        if (status != null) {
            filters.add((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        if (category != null) {
            filters.add((root, query, cb) -> cb.equal(root.get("category"), category));
        }
        if (station != null && !station.isBlank()) {
            filters.add((root, query, cb) -> cb.equal(root.get("stationCode"), station.strip()));
        }
        if (channel != null) {
            filters.add((root, query, cb) -> cb.equal(root.get("channel"), channel));
        }
        if (from != null) {
            filters.add((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("receivedAt"),
                    from.atStartOfDay(zone.zone()).toInstant()));
        }
        if (to != null) {
            filters.add((root, query, cb) -> cb.lessThan(root.get("receivedAt"),
                    to.plusDays(1).atStartOfDay(zone.zone()).toInstant()));
        }
        return PageResponse.of(complaints.findAll(Specification.allOf(filters), pageable), c ->
                new ComplaintViews.Summary(c.getCaseNo(), c.getStatus(), c.getChannel(), c.getCategory(), c.getPriority(),
                        c.getWaybillNo(), c.getStationCode(), PersonalData.maskPhone(c.getCustomerPhone()), c.getReceivedAt(),
                        c.getPromisedResolutionAt(), c.getResolutionDueAt(), c.isFirstContactBreached(),
                        c.isResolutionBreached(), c.getClosedAt()));
    }

    /** The customer's view: no personal data beyond the case, no internal notes. */
    public ComplaintViews.PublicStatus publicStatus(String caseNo) {
        Complaint c = complaints.findByCaseNo(caseNo).orElseThrow(() -> notFound(caseNo));
        List<ComplaintViews.PublicEvent> timeline = c.getEvents().stream()
                .filter(e -> PUBLIC_EVENTS.contains(e.getType()))
                .map(e -> new ComplaintViews.PublicEvent(e.getOccurredAt(),
                        messages.get("complaint.public-event." + e.getType().name())))
                .toList();
        boolean replied = c.getRepliedAt() != null;
        return new ComplaintViews.PublicStatus(c.getCaseNo(), c.getStatus(), messages.label(c.getStatus()),
                messages.label(c.getCategory()), c.getWaybillNo(), c.getReceivedAt(), c.getPromisedResolutionAt(),
                replied ? c.getResolution() : null, c.getSatisfaction(),
                c.getStatus() == ComplaintStatus.REPLIED && workflow.awaitsSurvey(caseNo), timeline);
    }

    /** An unknown case number, in the reader's language. */
    ApiProblem notFound(String caseNo) {
        return ApiProblem.missing("complaint.not-found", caseNo);
    }
}
