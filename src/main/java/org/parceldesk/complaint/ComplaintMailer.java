package org.parceldesk.complaint;

import java.util.HashMap;
import java.util.Map;
import org.parceldesk.notification.Notification;
import org.parceldesk.notification.Notifications;
import org.parceldesk.notification.Recipient;
import org.springframework.stereotype.Component;

/**
 * Notices to the customer through the notification outbox (in the caller's transaction): by e-mail
 * when the customer gave an address, else by SMS when they gave a mobile number. A customer with
 * neither (a landline only) is told by phone; the timeline says so.
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

    /**
     * @param step the BPMN activity that sends it; a step that may repeat in one case (asking the
     *             customer for information twice) gets a counter so that the outbox does not drop it
     */
    void sendToCustomer(Complaint complaint, ComplaintMail template, String step, Map<String, Object> extra) {
        Recipient to = recipient(complaint);
        if (to == null) {
            complaint.record(ComplaintEventType.CUSTOMER_NOT_NOTIFIED, cases.now(), ComplaintProcess.SYSTEM,
                    template.template() + "：客户未留邮箱和手机号，请电话告知");
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
    private static Recipient recipient(Complaint complaint) {
        if (complaint.getCustomerEmail() != null) {
            return Recipient.email(complaint.getCustomerEmail());
        }
        String phone = complaint.getCustomerPhone();
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
