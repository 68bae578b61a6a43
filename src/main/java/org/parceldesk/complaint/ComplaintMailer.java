package org.parceldesk.complaint;

import java.util.HashMap;
import java.util.Map;
import org.parceldesk.notification.Notification;
import org.parceldesk.notification.Notifications;
import org.parceldesk.notification.Recipient;
import org.springframework.stereotype.Component;

/**
 * The one place where customer notices of a complaint are addressed, through the notification outbox
 * (in the caller's transaction): by e-mail when the customer gave an address, else by SMS when they
 * gave a mobile number. A customer with neither (a landline only) is told by phone; the timeline says so.
 *
 * <p>Co-complainants (customers who complained about the same waybill and category while the case
 * was open) get their own acknowledgment and the notices about the outcome ({@link #SHARED}); the
 * notices that ask the complainant to act on the case (information request, survey) go to the
 * complainant only, so that a co-complainant cannot answer for them.
 */
@Component
class ComplaintMailer {

    private final Notifications notifications;
    private final ComplaintLinks links;
    private final ComplaintCases cases;

    ComplaintMailer(Notifications notifications, ComplaintLinks links, ComplaintCases cases) {
        this.notifications = notifications;
        this.links = links;
        this.cases = cases;
    }

    /** The notices every complainant of the case receives. */
    static final java.util.Set<ComplaintMail> SHARED = java.util.EnumSet.of(ComplaintMail.REPLY, ComplaintMail.ABANDONED);

    /**
     * @param step the BPMN activity that sends it; a step that may repeat in one case (asking the
     *             customer for information twice) gets a counter so that the outbox does not drop it
     */
    void sendToCustomer(Complaint complaint, ComplaintMail template, String step, Map<String, Object> extra) {
        sendToComplainant(complaint, template, step, extra);
        if (SHARED.contains(template)) {
            for (CoComplainant co : complaint.getCoComplainants()) {
                sendToCoComplainant(complaint, co, template, step, extra);
            }
        }
    }

    /** The co-complainant's own acknowledgment: their complaint was joined to the case; nothing of the first complainant's. */
    void acknowledgeCoComplainant(Complaint complaint, CoComplainant co) {
        Map<String, Object> model = new HashMap<>();
        model.put("customerName", co.getCustomerName());
        model.put("waybillNo", complaint.getWaybillNo());
        model.put("category", complaint.getCategory().label());
        model.put("categoryCode", complaint.getCategory().name());
        model.put("receivedAt", cases.local(co.getReceivedAt()));
        sendToCoComplainant(complaint, co, ComplaintMail.JOINED, "co-complainant", model);
    }

    private void sendToCoComplainant(Complaint complaint, CoComplainant co, ComplaintMail template, String step,
            Map<String, Object> extra) {
        String who = cases.recorded("complaint.timeline.co-complainant", String.valueOf(co.getId()));
        Recipient to = recipient(co.getCustomerEmail(), co.getCustomerPhone());
        if (to == null) {
            complaint.record(ComplaintEventType.CUSTOMER_NOT_NOTIFIED, cases.now(), ComplaintProcess.SYSTEM,
                    cases.recorded("complaint.timeline.co-complainant-not-notified", template.template(), who));
            return;
        }
        // the joined notice carries only what the caller gives; the others the case's model, as the complainant's do
        Map<String, Object> model = template == ComplaintMail.JOINED ? new HashMap<>() : new HashMap<>(model(complaint));
        model.putAll(extra);
        // the co-complainant is addressed by their own name, never the first complainant's
        model.put("customerName", co.getCustomerName());
        String uniqueStep = step + "/co" + co.getId() + repeat(complaint, template, who);
        notifications.enqueue(new Notification(complaint.getCaseNo(), template.template(), uniqueStep, to, model));
        complaint.record(ComplaintEventType.CUSTOMER_NOTICE_QUEUED, cases.now(), ComplaintProcess.SYSTEM,
                template.template() + "（" + who + "）");
    }

    private static String repeat(Complaint complaint, ComplaintMail template, String who) {
        String detail = template.template() + "（" + who + "）";
        long earlier = complaint.getEvents().stream()
                .filter(e -> e.getType() == ComplaintEventType.CUSTOMER_NOTICE_QUEUED && detail.equals(e.getDetail()))
                .count();
        return earlier == 0 ? "" : "#" + (earlier + 1);
    }

    private void sendToComplainant(Complaint complaint, ComplaintMail template, String step, Map<String, Object> extra) {
        Recipient to = recipient(complaint.getCustomerEmail(), complaint.getCustomerPhone());
        if (to == null) {
            complaint.record(ComplaintEventType.CUSTOMER_NOT_NOTIFIED, cases.now(), ComplaintProcess.SYSTEM,
                    cases.recorded("complaint.timeline.not-notified", template.template()));
            return;
        }
        long earlier = complaint.getEvents().stream()
                .filter(e -> (e.getType() == ComplaintEventType.CUSTOMER_NOTICE_QUEUED
                        || e.getType() == ComplaintEventType.CUSTOMER_NOTIFIED) && template.template().equals(e.getDetail()))
                .count();
        String uniqueStep = earlier == 0 ? step : step + "#" + (earlier + 1);
        Map<String, Object> model = new HashMap<>(model(complaint));
        model.putAll(extra);
        if (template == ComplaintMail.SURVEY) {
            model.put("surveyUrl", links.surveyUrl(complaint.getCaseNo()));
        }
        notifications.enqueue(new Notification(complaint.getCaseNo(), template.template(), uniqueStep, to, model));
        // queued, not sent: the timeline shows CUSTOMER_NOTIFIED once the outbox has really sent it (ComplaintQueries)
        complaint.record(ComplaintEventType.CUSTOMER_NOTICE_QUEUED, cases.now(), ComplaintProcess.SYSTEM, template.template());
    }

    /** E-mail when given; else SMS to a mobile number; null for a landline only. */
    private static Recipient recipient(String email, String phone) {
        if (email != null) {
            return Recipient.email(email);
        }
        return phone != null && PhoneNumbers.isMobile(phone) ? Recipient.phone(phone) : null;
    }

    private Map<String, Object> model(Complaint complaint) {
        Map<String, Object> model = new HashMap<>();
        model.put("caseNo", complaint.getCaseNo());
        model.put("customerName", complaint.getCustomerName());
        model.put("waybillNo", complaint.getWaybillNo());
        model.put("category", complaint.getCategory().label());
        model.put("categoryCode", complaint.getCategory().name());
        model.put("receivedAt", cases.local(complaint.getReceivedAt()));
        model.put("promisedResolution", cases.local(complaint.getPromisedResolutionAt()));
        model.put("statusUrl", links.statusUrl(complaint.getCaseNo()));
        if (complaint.getResolution() != null) {
            model.put("resolution", complaint.getResolution());
        }
        return model;
    }
}
