package org.parceldesk.complaint;

import static org.parceldesk.complaint.ComplaintProcess.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parceldesk.common.PersonalData;
import org.parceldesk.workflow.FormContextSource;
import org.springframework.stereotype.Component;

/**
 * What the complaint forms show (see {@link org.parceldesk.workflow.FormContext}): the case's facts
 * for every task, with the customer's name and phone masked; the full phone only on the tasks whose
 * person must call the customer; the station's answers and the customer's added information where
 * the complaint is investigated or answered; the rating and survey comment for the supervisor.
 * The facts are written into process variables when a task is created, outside any request, so
 * they are in Chinese ({@link ComplaintCases#recorded}).
 */
@Component
class ComplaintFormContext implements FormContextSource {

    /** Tasks whose person calls the customer (first contact, phone callback, asking for information, reopened case). */
    static final Set<String> CALLING_TASKS = Set.of(TASK_CONTACT_CUSTOMER, TASK_SATISFACTION_CALLBACK,
            TASK_AWAIT_CUSTOMER_INFO, TASK_SUPERVISOR_REVIEW);
    /** Tasks of the complaint team that decide or answer on the investigation's results. */
    static final Set<String> INVESTIGATION_TASKS = Set.of(TASK_INVESTIGATE, TASK_AWAIT_CUSTOMER_INFO,
            TASK_REPLY_TO_CUSTOMER, TASK_SUPERVISOR_REVIEW, TASK_FIRST_CONTACT_ESCALATION, TASK_RESOLUTION_ESCALATION);

    private final ComplaintCases cases;

    ComplaintFormContext(ComplaintCases cases) {
        this.cases = cases;
    }

    @Override
    public String processKey() {
        return KEY;
    }

    @Override
    public Map<String, Object> contextOf(FormTask task) {
        Complaint complaint = cases.byCaseNo(task.caseNo());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("factWaybillNo", complaint.getWaybillNo());
        facts.put("factCategory", complaint.getCategory().label() + " " + complaint.getCategory().name());
        facts.put("factChannel", complaint.getChannel().label() + " " + complaint.getChannel().name());
        facts.put("factPriority", complaint.getPriority().label());
        facts.put("factCustomerName", PersonalData.maskName(complaint.getCustomerName()));
        facts.put("factCustomerPhone", PersonalData.maskPhone(complaint.getCustomerPhone()));
        facts.put("factDescription", complaint.getDescription());
        facts.put("factReceivedAt", cases.local(complaint.getReceivedAt()));
        facts.put("factPromisedResolution", cases.local(complaint.getPromisedResolutionAt()));
        facts.put("factDueAt", cases.local(task.dueAt()));
        facts.put("factStationCode", complaint.getStationCode());
        facts.put("factCourierNo", complaint.getCourierNo());
        facts.put("factShipmentStatus", complaint.getShipmentStatus());
        facts.put("factFinding", complaint.getFinding());
        facts.put("factResolution", complaint.getResolution());
        facts.put("factSatisfaction", complaint.getSatisfaction() == null ? null : complaint.getSatisfaction() + " / 5");
        facts.put(FACT_LINKED_CASES, linked(complaint, cases));
        facts.put("factSurveyComment", complaint.getSatisfactionComment());
        facts.put("factCoComplainants", complaint.getCoComplainants().isEmpty() ? null
                : cases.recorded("complaint.form.co-complainants", String.valueOf(complaint.getCoComplainants().size())));
        facts.put("factRegulator", complaint.getRegulatorReference() == null ? null
                : cases.recorded("complaint.form.regulator", complaint.getRegulatorReference(),
                        String.valueOf(complaint.getRegulatorDeadline()))
                        + (complaint.getRegulatorContact() == null ? ""
                                : cases.recorded("complaint.form.regulator-contact", complaint.getRegulatorContact())));
        if (CALLING_TASKS.contains(task.taskKey())) {
            facts.put("factCallPhone", complaint.getCustomerPhone());
        }
        if (INVESTIGATION_TASKS.contains(task.taskKey())) {
            facts.put("factStationAnswers", timeline(complaint, Map.of(
                    ComplaintEventType.STATION_INVESTIGATION_REQUESTED, cases.recorded("complaint.form.station-asked"),
                    ComplaintEventType.STATION_ANSWERED, cases.recorded("complaint.form.station-answered"))));
            facts.put("factCustomerInfo", timeline(complaint, Map.of(
                    ComplaintEventType.CUSTOMER_INFO_REQUESTED, cases.recorded("complaint.form.customer-info-requested"),
                    ComplaintEventType.CUSTOMER_INFO_RECEIVED, cases.recorded("complaint.form.customer-info-received"))));
        }
        if (TASK_SUPERVISOR_REVIEW.equals(task.taskKey())) {
            facts.put("factSatisfactionSource", cases.recorded("PORTAL".equals(complaint.getSatisfactionSource())
                    ? "complaint.form.rated-in-portal" : "complaint.form.rated-by-phone"));
        }
        return facts;
    }

    /** The timeline entries of the given types, oldest first, each with its time, label and actor. */
    private List<String> timeline(Complaint complaint, Map<ComplaintEventType, String> labels) {
        List<String> entries = new ArrayList<>();
        for (ComplaintEvent event : complaint.getEvents()) {
            String label = labels.get(event.getType());
            if (label != null) {
                entries.add(cases.local(event.getOccurredAt()) + " " + label + "（" + actor(event.getActor()) + "）："
                        + (event.getDetail() == null ? "" : event.getDetail()));
            }
        }
        return entries;
    }

    private String actor(String actor) {
        if (CUSTOMER.equals(actor)) {
            return cases.recorded("complaint.form.actor-customer");
        }
        return SYSTEM.equals(actor) ? cases.recorded("complaint.form.actor-system") : actor;
    }

    /** The linked cases as the forms show them; also written to open tasks when a case is linked later. */
    static String linked(Complaint complaint, ComplaintCases cases) {
        StringBuilder text = new StringBuilder();
        if (complaint.getClaimCaseNo() != null) {
            text.append(cases.recorded("complaint.form.linked-claim", complaint.getClaimCaseNo()));
        }
        if (complaint.getViolationCaseNo() != null) {
            text.append(text.isEmpty() ? "" : cases.recorded("complaint.form.linked-separator"))
                    .append(cases.recorded("complaint.form.linked-violation", complaint.getViolationCaseNo()));
        }
        return text.isEmpty() ? "—" : text.toString();
    }
}
