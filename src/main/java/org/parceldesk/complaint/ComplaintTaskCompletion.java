package org.parceldesk.complaint;

import static org.parceldesk.complaint.ComplaintProcess.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.exception.NotValidException;
import org.parceldesk.common.ResponsibleParty;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.violation.ViolationType;
import org.springframework.stereotype.Component;

/**
 * On completion of every complaint user task: checks the submitted decisions (the form validates
 * too, but engine REST callers bypass forms) and records them on the case and its timeline. A
 * problem refuses the completion with a message (engine REST: 400), so the task stays open.
 */
@Component("complaintTaskCompletion")
class ComplaintTaskCompletion implements TaskListener {

    static final int MAX_TEXT = 2000;
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
        String actor = cases.actor(task.getAssignee() != null ? task.getAssignee() : SYSTEM);
        switch (task.getTaskDefinitionKey()) {
            case TASK_CONTACT_CUSTOMER -> {
                String note = requiredText(task, CONTACT_NOTE, "联系记录");
                complaint.contacted(cases.now());
                complaint.record(ComplaintEventType.CONTACTED, cases.now(), actor, note);
            }
            case TASK_INVESTIGATE -> investigated(task, complaint, actor);
            case TASK_STATION_INVESTIGATION -> complaint.record(ComplaintEventType.STATION_ANSWERED, cases.now(), actor,
                    requiredText(task, STATION_FINDING, "网点核查结果"));
            case TASK_AWAIT_CUSTOMER_INFO -> customerInfoReceived(task, complaint, actor);
            case TASK_REPLY_TO_CUSTOMER -> {
                String resolution = requiredText(task, RESOLUTION, "处理结果");
                if (resolution.length() < MIN_RESOLUTION) {
                    throw new NotValidException("处理结果至少" + MIN_RESOLUTION + "个字 resolution is too short");
                }
                complaint.replied(resolution, cases.now());
                complaint.record(ComplaintEventType.REPLIED, cases.now(), actor, resolution);
            }
            case TASK_SATISFACTION_CALLBACK -> rated(task, complaint, actor);
            case TASK_SUPERVISOR_REVIEW -> {
                String resolution = requiredText(task, SUPERVISOR_RESOLUTION, "主管处理意见");
                complaint.supervisorReplied(resolution, cases.now());
                complaint.record(ComplaintEventType.SUPERVISOR_REVIEWED, cases.now(), actor, resolution);
            }
            case TASK_FIRST_CONTACT_ESCALATION, TASK_RESOLUTION_ESCALATION -> complaint.record(
                    ComplaintEventType.ESCALATION_HANDLED, cases.now(), actor,
                    task.getTaskDefinitionKey() + "：" + requiredText(task, ESCALATION_NOTE, "督办意见"));
            case TASK_REPORT_TO_REGULATOR, TASK_REPORT_ABANDONMENT_TO_REGULATOR -> reportedToRegulator(task, complaint, actor);
            default -> throw new IllegalStateException("Unknown complaint task " + task.getTaskDefinitionKey());
        }
    }

    private void investigated(DelegateTask task, Complaint complaint, String actor) {
        String outcome = text(task, INVESTIGATION_OUTCOME);
        if (outcome == null) {
            throw new NotValidException("请选择调查结论类型 investigationOutcome is required");
        }
        switch (outcome) {
            case OUTCOME_ASK_STATION -> complaint.record(ComplaintEventType.STATION_INVESTIGATION_REQUESTED, cases.now(),
                    actor, requiredText(task, STATION_QUESTION, "需网点核查的问题"));
            case OUTCOME_WAIT_FOR_CUSTOMER -> requiredText(task, CUSTOMER_INFO_REQUEST, "需客户补充的信息");
            case OUTCOME_CONCLUDED -> concluded(task, complaint, actor);
            default -> throw new NotValidException("investigationOutcome must be one of "
                    + List.of(OUTCOME_CONCLUDED, OUTCOME_ASK_STATION, OUTCOME_WAIT_FOR_CUSTOMER));
        }
    }

    private void concluded(DelegateTask task, Complaint complaint, String actor) {
        List<String> problems = new ArrayList<>();
        String finding = text(task, FINDING);
        if (finding == null) {
            problems.add("调查结论必填 finding is required");
        } else if (finding.length() > MAX_TEXT) {
            problems.add("调查结论过长 finding is too long");
        }
        ResponsibleParty party = enumValue(task, RESPONSIBLE_PARTY, ResponsibleParty.class, problems);
        if (party == null && !problems.stream().anyMatch(p -> p.contains(RESPONSIBLE_PARTY))) {
            problems.add("责任方必填 responsibleParty is required");
        }
        boolean compensation = flag(task, COMPENSATION_NEEDED);
        boolean courierAtFault = flag(task, COURIER_AT_FAULT);
        String courierNo = text(task, COURIER_NO);
        ViolationType violationType = enumValue(task, VIOLATION_TYPE, ViolationType.class, problems);
        if (courierAtFault) {
            if (courierNo == null) {
                problems.add("快递员有过错时须填写快递员工号 courierNo is required when courierAtFault");
            } else {
                courierNo = courierNo.toUpperCase(Locale.ROOT);
                Courier courier = couriers.findById(courierNo).orElse(null);
                if (courier == null) {
                    problems.add("快递员工号不存在 courierNo " + courierNo + " is unknown");
                } else if (!courier.isActive()) {
                    problems.add("快递员不在职或已停职 courier " + courierNo + " is " + courier.getStatus());
                }
            }
            if (violationType == null) {
                violationType = complaint.getCategory().defaultViolationType();
            }
            if (violationType == null && problems.stream().noneMatch(p -> p.contains(VIOLATION_TYPE))) {
                problems.add("类别为“其他”时须选择违规类型 violationType is required for category OTHER");
            }
        }
        if (!problems.isEmpty()) {
            throw new NotValidException(String.join("; ", problems));
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

    private void customerInfoReceived(DelegateTask task, Complaint complaint, String actor) {
        String note = requiredText(task, CUSTOMER_INFO_NOTE, "客户补充内容");
        // only the portal service completes without an engine user; a Tasklist or engine REST user
        // claiming PORTAL is recorded as themselves
        boolean portal = SOURCE_PORTAL.equals(task.getVariable(CUSTOMER_INFO_SOURCE)) && cases.actor(null) == null;
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
    private void reportedToRegulator(DelegateTask task, Complaint complaint, String actor) {
        String report = requiredText(task, REGULATOR_REPORT, "报送内容");
        if (report.length() < MIN_RESOLUTION) {
            throw new NotValidException("报送内容至少" + MIN_RESOLUTION + "个字 regulatorReport is too short");
        }
        String sentOnText = text(task, REGULATOR_REPORT_SENT_ON);
        if (sentOnText == null) {
            throw new NotValidException("报送日期必填 regulatorReportSentOn is required");
        }
        java.time.LocalDate sentOn;
        try {
            // form-js sends yyyy-MM-dd; a client may send a full ISO date-time, of which the day counts
            sentOn = java.time.LocalDate.parse(sentOnText.length() > 10 ? sentOnText.substring(0, 10) : sentOnText);
        } catch (java.time.format.DateTimeParseException e) {
            throw new NotValidException("报送日期格式应为 yyyy-MM-dd regulatorReportSentOn must be a date like 2026-03-05");
        }
        java.time.LocalDate today = cases.today();
        java.time.LocalDate received = cases.localDate(complaint.getReceivedAt());
        if (sentOn.isAfter(today) || sentOn.isBefore(received)) {
            throw new NotValidException("报送日期须在受理日 " + received + " 至今天 " + today
                    + " 之间 regulatorReportSentOn must lie between the day of receipt and today");
        }
        complaint.reportedToRegulator(report, sentOn, cases.now());
        boolean onTime = !sentOn.isAfter(complaint.getRegulatorDeadline());
        complaint.record(ComplaintEventType.REGULATOR_REPORTED, cases.now(), actor, "转办编号 "
                + complaint.getRegulatorReference() + "，" + sentOn + " 报送" + (onTime ? "（按期）" : "（逾期，监管期限 "
                + complaint.getRegulatorDeadline() + "）") + "：" + report);
    }

    private void rated(DelegateTask task, Complaint complaint, String actor) {
        Object value = task.getVariable(SATISFACTION);
        Integer satisfaction = null;
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            satisfaction = number.intValue();
        } else if (value instanceof String text && text.strip().matches("[0-9]")) {
            satisfaction = Integer.parseInt(text.strip());
        }
        if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
            throw new NotValidException("满意度须为1至5 satisfaction must be a whole number from 1 to 5");
        }
        String source = "PORTAL".equals(task.getVariable(SATISFACTION_SOURCE)) ? "PORTAL" : "PHONE";
        task.setVariable(SATISFACTION, satisfaction);
        task.setVariable(SATISFACTION_SOURCE, source);
        String note = text(task, CALLBACK_NOTE);
        complaint.rated(satisfaction, source, "PORTAL".equals(source) ? complaint.getSatisfactionComment() : note);
        complaint.record(ComplaintEventType.SATISFACTION_RECORDED, cases.now(), "PORTAL".equals(source) ? CUSTOMER : actor,
                source + " " + satisfaction + (note != null ? "：" + note : ""));
    }

    private static String requiredText(DelegateTask task, String name, String label) {
        String value = text(task, name);
        if (value == null) {
            throw new NotValidException(label + "必填 " + name + " is required");
        }
        if (value.length() > MAX_TEXT) {
            throw new NotValidException(label + "不能超过" + MAX_TEXT + "字 " + name + " is too long");
        }
        return value;
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static boolean flag(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
    }

    private static <E extends Enum<E>> E enumValue(DelegateTask task, String name, Class<E> type, List<String> problems) {
        String value = text(task, name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(name + " must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}
