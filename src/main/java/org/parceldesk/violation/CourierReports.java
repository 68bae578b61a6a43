package org.parceldesk.violation;

import org.parceldesk.common.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Registers the violation case another case asked for, in a transaction of its own after that case's
 * step committed: a failure here never rolls the asking step back. The publication stays incomplete
 * until this reaction succeeds and is retried (docs/architecture.md, "Events between modules"); a
 * repeat is harmless because registration returns the existing case of the same courier, type and waybill.
 */
@Component
class CourierReports {

    private final ViolationIntake intake;
    private final ApplicationEventPublisher events;

    CourierReports(ViolationIntake intake, ApplicationEventPublisher events) {
        this.intake = intake;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(CourierHeldResponsible report) {
        try {
            String violationCaseNo = intake.register(report.report());
            events.publishEvent(new CourierViolationRegistered(report.source(), report.sourceCaseNo(), violationCaseNo));
        } catch (ApiProblem refused) {
            // a rule, not a fault: the answer is the refusal, and the publication completes
            events.publishEvent(new CourierReportRefused(report.source(), report.sourceCaseNo(), report.courierNo(),
                    report.type(), refused.getMessage()));
        }
    }
}
