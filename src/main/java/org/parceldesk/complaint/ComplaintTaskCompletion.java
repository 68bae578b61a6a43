package org.parceldesk.complaint;

import static org.parceldesk.complaint.ComplaintProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.parceldesk.common.ResponsibleParty;
import org.parceldesk.common.StepRefused;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.violation.ViolationType;
import org.parceldesk.workflow.EngineTasks;
import org.parceldesk.workflow.TaskInput;
import org.springframework.stereotype.Component;

/**
 * On completion of every complaint user task: checks the submitted decisions (the form validates
 * too, but engine REST callers bypass forms) and records them on the case and its timeline. The
 * input is read with the shared {@link TaskInput}; a problem refuses the completion with
 * {@link StepRefused} (engine REST: one 400 problem document), so the task stays open.
 */
@Component("complaintTaskCompletion")
class ComplaintTaskCompletion implements TaskListener {

    static final int MAX_TEXT = TaskInput.MAX_TEXT;
    static final int MIN_RESOLUTION = 5;

    private final ComplaintCases cases;
    private final CourierRepository couriers;

    ComplaintTaskCompletion(ComplaintCases cases, CourierRepository couriers) {
        this.cases = cases;
        this.couriers = couriers;
    }

    @Override
    public void notify(DelegateTask task) {
        Complaint complaint = cases.of(task);
        String acting = EngineTasks.actingUser(task);
        String actor = acting != null ? acting : SYSTEM;
        TaskInput input = EngineTasks.input(task, TASK_FIELDS);
        switch (task.getTaskDefinitionKey()) {
            case TASK_CONTACT_CUSTOMER -> {
                String note = input.requiredText(CONTACT_NOTE);
                complaint.contacted(cases.now());
                complaint.record(ComplaintEventType.CONTACTED, cases.now(), actor, note);
            }
            case TASK_INVESTIGATE -> investigated(task, input, complaint, actor);
            case TASK_STATION_INVESTIGATION -> complaint.record(ComplaintEventType.STATION_ANSWERED, cases.now(), actor,
                    input.requiredText(STATION_FINDING));
            case TASK_AWAIT_CUSTOMER_INFO -> customerInfoReceived(task, input, complaint, actor);
            case TASK_REPLY_TO_CUSTOMER -> {
                String resolution = input.requiredText(RESOLUTION, MIN_RESOLUTION);
                complaint.replied(resolution, cases.now());
                complaint.record(ComplaintEventType.REPLIED, cases.now(), actor, resolution);
            }
            case TASK_SATISFACTION_CALLBACK -> rated(task, input, complaint, actor);
            case TASK_SUPERVISOR_REVIEW -> {
                String resolution = input.requiredText(SUPERVISOR_RESOLUTION);
                complaint.supervisorReplied(resolution, cases.now());
                complaint.record(ComplaintEventType.SUPERVISOR_REVIEWED, cases.now(), actor, resolution);
            }
            case TASK_FIRST_CONTACT_ESCALATION, TASK_RESOLUTION_ESCALATION -> complaint.record(
                    ComplaintEventType.ESCALATION_HANDLED, cases.now(), actor,
                    task.getTaskDefinitionKey() + "：" + input.requiredText(ESCALATION_NOTE));
            case TASK_REPORT_TO_REGULATOR, TASK_REPORT_ABANDONMENT_TO_REGULATOR -> reportedToRegulator(input, complaint, actor);
            default -> throw new IllegalStateException("Unknown complaint task " + task.getTaskDefinitionKey());
        }
    }

    private void investigated(DelegateTask task, TaskInput input, Complaint complaint, String actor) {
        String outcome = input.requiredOneOf(INVESTIGATION_OUTCOME,
                Set.of(OUTCOME_CONCLUDED, OUTCOME_ASK_STATION, OUTCOME_WAIT_FOR_CUSTOMER));
        switch (outcome) {
            case OUTCOME_ASK_STATION -> complaint.record(ComplaintEventType.STATION_INVESTIGATION_REQUESTED, cases.now(),
                    actor, input.requiredText(STATION_QUESTION));
            case OUTCOME_WAIT_FOR_CUSTOMER -> input.requiredText(CUSTOMER_INFO_REQUEST);
            default -> concluded(task, input, complaint, actor);
        }
    }

    /** Every problem of the conclusion is reported at once (one refusal, one fault per field). */
    private void concluded(DelegateTask task, TaskInput input, Complaint complaint, String actor) {
        List<StepRefused.Fault> faults = new ArrayList<>();
        String finding = collect(faults, () -> input.requiredText(FINDING));
        ResponsibleParty party = collect(faults, () -> input.requiredChoice(RESPONSIBLE_PARTY, ResponsibleParty.class));
        boolean compensation = input.flag(COMPENSATION_NEEDED);
        boolean courierAtFault = input.flag(COURIER_AT_FAULT);
        String courierNo = collect(faults, () -> input.text(COURIER_NO));
        ViolationType violationType = collect(faults, () -> input.choice(VIOLATION_TYPE, ViolationType.class));
        if (courierAtFault) {
            if (courierNo == null) {
                faults.add(new StepRefused.Fault(COURIER_NO, "complaint.refused.courier-required"));
            } else {
                courierNo = courierNo.toUpperCase(Locale.ROOT);
                Courier courier = couriers.findById(courierNo).orElse(null);
                if (courier == null) {
                    faults.add(new StepRefused.Fault(COURIER_NO, "complaint.refused.courier-unknown", courierNo));
                } else if (!courier.isActive()) {
                    faults.add(new StepRefused.Fault(COURIER_NO, "complaint.refused.courier-inactive", courierNo));
                }
            }
            if (violationType == null) {
                violationType = complaint.getCategory().defaultViolationType();
            }
            if (violationType == null && faults.stream().noneMatch(fault -> VIOLATION_TYPE.equals(fault.field()))) {
                faults.add(new StepRefused.Fault(VIOLATION_TYPE, "complaint.refused.violation-type-required"));
            }
        }
        if (!faults.isEmpty()) {
            throw StepRefused.badInputs(faults);
        }
        // normalised decisions: the gateways read them without guarding against missing values
        task.setVariable(COMPENSATION_NEEDED, compensation);
        task.setVariable(COURIER_AT_FAULT, courierAtFault);
        task.setVariable(COURIER_NO, courierNo);
        task.setVariable(VIOLATION_TYPE, courierAtFault ? violationType.name() : null);
        complaint.investigated(finding, party, courierNo);
        complaint.record(ComplaintEventType.INVESTIGATED, cases.now(), actor, "责任方 " + party.name()
                + (courierNo != null ? "，快递员 " + courierNo : "") + "，需赔偿 " + compensation + "，快递员过错 "
                + courierAtFault + "：" + finding);
    }

    private void customerInfoReceived(DelegateTask task, TaskInput input, Complaint complaint, String actor) {
        String note = input.requiredText(CUSTOMER_INFO_NOTE);
        // only the portal service completes without an engine user; a Tasklist or engine REST user
        // claiming PORTAL is recorded as themselves
        boolean portal = SOURCE_PORTAL.equals(input.processValue(CUSTOMER_INFO_SOURCE)) && cases.actor(null) == null;
        task.setVariable(CUSTOMER_INFO_SOURCE, portal ? SOURCE_PORTAL : SOURCE_PHONE);
        if (portal) {
            // the portal service has recorded the customer's own text on the timeline already;
            // the process variable holds only a pointer to it (no personal data in the process)
            return;
        }
        complaint.record(ComplaintEventType.CUSTOMER_INFO_RECEIVED, cases.now(), actor, note);
    }

    /**
     * What was sent to the regulator and on which day: not in the future, not before the complaint
     * was received. Only a referral has this task (gateway); the entity refuses anything else.
     */
    private void reportedToRegulator(TaskInput input, Complaint complaint, String actor) {
        String report = input.requiredText(REGULATOR_REPORT, MIN_RESOLUTION);
        LocalDate sentOn = input.requiredDate(REGULATOR_REPORT_SENT_ON);
        LocalDate today = cases.today();
        LocalDate received = cases.localDate(complaint.getReceivedAt());
        if (sentOn.isAfter(today) || sentOn.isBefore(received)) {
            throw StepRefused.badInput(REGULATOR_REPORT_SENT_ON, "complaint.refused.sent-on-out-of-range",
                    received.toString(), today.toString());
        }
        complaint.reportedToRegulator(report, sentOn, cases.now());
        boolean onTime = !sentOn.isAfter(complaint.getRegulatorDeadline());
        complaint.record(ComplaintEventType.REGULATOR_REPORTED, cases.now(), actor, "转办编号 "
                + complaint.getRegulatorReference() + "，" + sentOn + " 报送" + (onTime ? "（按期）" : "（逾期，监管期限 "
                + complaint.getRegulatorDeadline() + "）") + "：" + report);
    }

    private void rated(DelegateTask task, TaskInput input, Complaint complaint, String actor) {
        int satisfaction = input.requiredWholeNumber(SATISFACTION, 1, 5);
        String source = "PORTAL".equals(input.processValue(SATISFACTION_SOURCE)) ? "PORTAL" : "PHONE";
        task.setVariable(SATISFACTION, satisfaction);
        task.setVariable(SATISFACTION_SOURCE, source);
        String note = input.text(CALLBACK_NOTE);
        complaint.rated(satisfaction, source, "PORTAL".equals(source) ? complaint.getSatisfactionComment() : note);
        complaint.record(ComplaintEventType.SATISFACTION_RECORDED, cases.now(), "PORTAL".equals(source) ? CUSTOMER : actor,
                source + " " + satisfaction + (note != null ? "：" + note : ""));
    }

    /** Reads one field; its refusal joins {@code faults} instead of ending the check. */
    private static <T> T collect(List<StepRefused.Fault> faults, Supplier<T> read) {
        try {
            return read.get();
        } catch (StepRefused refused) {
            faults.addAll(refused.faults());
            return null;
        }
    }
}
