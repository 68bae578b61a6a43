package org.parceldesk.complaint;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.parceldesk.common.PersonalData;
import org.springframework.stereotype.Component;

/**
 * On task creation, puts what the form shows into LOCAL task variables named {@code fact*}: they
 * live and die with the task and never reach the process scope. Personal data appears only
 * masked (phone {@code 138****5678}, name {@code 张*}); the full phone stays in the complaint table.
 * The forms show them with text views, which submit nothing.
 */
@Component("complaintFormFacts")
class ComplaintFormFacts implements TaskListener {

    private final ComplaintCases cases;

    ComplaintFormFacts(ComplaintCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        Complaint complaint = cases.of(task);
        task.setVariablesLocal(facts(complaint, task));
    }

    Map<String, Object> facts(Complaint complaint, DelegateTask task) {
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
        facts.put("factDueAt", task.getDueDate() == null ? "—" : cases.local(task.getDueDate().toInstant()));
        facts.put("factStationCode", orDash(complaint.getStationCode()));
        facts.put("factCourierNo", orDash(complaint.getCourierNo()));
        facts.put("factShipmentStatus", orDash(complaint.getShipmentStatus()));
        facts.put("factFinding", orDash(complaint.getFinding()));
        facts.put("factResolution", orDash(complaint.getResolution()));
        facts.put("factSatisfaction", complaint.getSatisfaction() == null ? "—" : complaint.getSatisfaction().toString());
        facts.put(ComplaintProcess.FACT_LINKED_CASES, linked(complaint));
        facts.put("factSurveyComment", orDash(complaint.getSatisfactionComment()));
        facts.put("factCoComplainants", complaint.getCoComplainants().isEmpty() ? "—"
                : complaint.getCoComplainants().size() + " 位（详见案件时间线）");
        facts.put("factRegulator", complaint.getRegulatorReference() == null ? "—"
                : complaint.getRegulatorReference() + "，监管期限 " + complaint.getRegulatorDeadline()
                        + (complaint.getRegulatorContact() == null ? "" : "，联系 " + complaint.getRegulatorContact()));
        return facts;
    }

    static String linked(Complaint complaint) {
        StringBuilder text = new StringBuilder();
        if (complaint.getClaimCaseNo() != null) {
            text.append("理赔 ").append(complaint.getClaimCaseNo());
        }
        if (complaint.getViolationCaseNo() != null) {
            text.append(text.isEmpty() ? "" : "，").append("违规 ").append(complaint.getViolationCaseNo());
        }
        return text.isEmpty() ? "—" : text.toString();
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
