package org.parceldesk.complaint;

import org.parceldesk.violation.CourierReportRefused;
import org.parceldesk.violation.CourierViolationRegistered;
import org.parceldesk.violation.ViolationSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The violation module's answer to a complaint's {@code CourierHeldResponsible}: the complaint links
 * the violation case, or its timeline records the refusal (e.g. the courier was suspended after the
 * investigation) and the complaint goes on. Open tasks' "linked cases" fact shows the new link.
 */
@Component
class ComplaintViolationLinks {

    private final ComplaintCases cases;
    private final ComplaintWorkflow workflow;

    ComplaintViolationLinks(ComplaintCases cases, ComplaintWorkflow workflow) {
        this.cases = cases;
        this.workflow = workflow;
    }

    @ApplicationModuleListener
    void on(CourierViolationRegistered registered) {
        if (registered.source() != ViolationSource.COMPLAINT) {
            return;
        }
        Complaint complaint = cases.byCaseNo(registered.sourceCaseNo());
        if (registered.violationCaseNo().equals(complaint.getViolationCaseNo())) {
            return; // a repeated answer
        }
        complaint.violationRegistered(registered.violationCaseNo());
        complaint.record(ComplaintEventType.VIOLATION_REGISTERED, cases.now(), ComplaintProcess.SYSTEM,
                registered.violationCaseNo());
        workflow.violationLinked(complaint.getCaseNo(), registered.violationCaseNo(), ComplaintFormContext.linked(complaint, cases));
    }

    @ApplicationModuleListener
    void on(CourierReportRefused refused) {
        if (refused.source() != ViolationSource.COMPLAINT) {
            return;
        }
        cases.byCaseNo(refused.sourceCaseNo()).record(ComplaintEventType.VIOLATION_REFUSED, cases.now(),
                ComplaintProcess.SYSTEM, refused.courierNo() + "，" + refused.type().name() + "：" + refused.reason());
    }
}
