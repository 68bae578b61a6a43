package org.parceldesk.complaint;

import static org.parceldesk.complaint.ComplaintProcess.MIN_RESOLUTION;
import static org.parceldesk.complaint.ComplaintProcess.REGULATOR_REPORT;
import static org.parceldesk.complaint.ComplaintProcess.REGULATOR_REPORT_SENT_ON;
import static org.parceldesk.complaint.ComplaintProcess.TASK_REPORT_ABANDONMENT_TO_REGULATOR;
import static org.parceldesk.complaint.ComplaintProcess.TASK_REPORT_TO_REGULATOR;

import java.time.LocalDate;
import java.util.Set;
import org.parceldesk.common.StepRefused;
import org.springframework.stereotype.Component;

/**
 * {@code Report outcome to regulator} (after a reply or an abandonment) completed: what was sent to
 * the regulator and on which day: not in the future, not before the complaint was received. Only a
 * referral has these tasks (gateway); the entity refuses anything else.
 */
@Component
class RegulatorReportCompletion implements ComplaintCompletionStep {

    private final ComplaintCases cases;

    RegulatorReportCompletion(ComplaintCases cases) {
        this.cases = cases;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(TASK_REPORT_TO_REGULATOR, TASK_REPORT_ABANDONMENT_TO_REGULATOR);
    }

    @Override
    public void complete(CompletedTask done) {
        String report = done.input().requiredText(REGULATOR_REPORT, MIN_RESOLUTION);
        LocalDate sentOn = done.input().requiredDate(REGULATOR_REPORT_SENT_ON);
        LocalDate today = cases.today();
        Complaint complaint = done.complaint();
        LocalDate received = cases.localDate(complaint.getReceivedAt());
        if (sentOn.isAfter(today) || sentOn.isBefore(received)) {
            throw StepRefused.badInput(REGULATOR_REPORT_SENT_ON, "complaint.refused.sent-on-out-of-range",
                    received.toString(), today.toString());
        }
        complaint.reportedToRegulator(report, sentOn, cases.now());
        String timeliness = sentOn.isAfter(complaint.getRegulatorDeadline())
                ? cases.recorded("complaint.timeline.regulator-reported-late", complaint.getRegulatorDeadline().toString())
                : cases.recorded("complaint.timeline.regulator-reported-on-time");
        complaint.record(ComplaintEventType.REGULATOR_REPORTED, cases.now(), done.actor(), cases.recorded(
                "complaint.timeline.regulator-reported", complaint.getRegulatorReference(), sentOn.toString(), timeliness, report));
    }
}
