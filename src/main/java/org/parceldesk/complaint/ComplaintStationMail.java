package org.parceldesk.complaint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.parceldesk.notification.Notification;
import org.parceldesk.notification.Notifications;
import org.parceldesk.notification.Recipient;
import org.springframework.stereotype.Component;

/**
 * Tells the station manager that a complaint handler asked the station to investigate: a mail with
 * the question and the due time (template {@code complaint-station-investigation}), to whoever the
 * task is offered to — the station's manager user, or the supervising queue when the station has
 * none. Through the outbox, in the step's transaction; a second request in the same case
 * is a second mail.
 */
@Component("complaintStationMail")
class ComplaintStationMail implements TaskListener {

    static final String TEMPLATE = "complaint-station-investigation";

    private final ComplaintCases cases;
    private final Notifications notifications;

    ComplaintStationMail(ComplaintCases cases, Notifications notifications) {
        this.cases = cases;
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
        Complaint complaint = cases.of(task);
        List<ComplaintEvent> requests = complaint.getEvents().stream()
                .filter(event -> event.getType() == ComplaintEventType.STATION_INVESTIGATION_REQUESTED).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("caseNo", complaint.getCaseNo());
        model.put("waybillNo", complaint.getWaybillNo());
        model.put("category", complaint.getCategory().label());
        model.put("stationCode", complaint.getStationCode());
        model.put("question", requests.isEmpty() ? "" : requests.get(requests.size() - 1).getDetail());
        model.put("dueAt", task.getDueDate() == null ? "" : cases.local(task.getDueDate().toInstant()));
        String step = task.getTaskDefinitionKey() + "#" + Math.max(1, requests.size());
        for (Recipient recipient : recipients(task)) {
            notifications.enqueue(new Notification(complaint.getCaseNo(), TEMPLATE, step + ":" + recipient.value(),
                    recipient, model));
        }
    }

    private static List<Recipient> recipients(DelegateTask task) {
        List<Recipient> recipients = new ArrayList<>();
        for (IdentityLink link : task.getCandidates()) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                recipients.add(Recipient.user(link.getUserId()));
            } else if (link.getGroupId() != null) {
                recipients.add(Recipient.group(link.getGroupId()));
            }
        }
        return recipients;
    }
}
