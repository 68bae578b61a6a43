package org.parceldesk.violation;

import org.parceldesk.workflow.DeclaredTaskFields;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The penalty policy's helpers as beans, built from {@code parceldesk.violation.penalty.*}; the task fields. */
@Configuration(proxyBeanMethods = false)
class ViolationConfiguration {

    @Bean
    PenaltyAdjuster penaltyAdjuster(PenaltyPolicy policy) {
        return new PenaltyAdjuster(policy);
    }

    @Bean
    CourierPoints courierPoints(PenaltyPolicy policy) {
        return new CourierPoints(policy);
    }

    /** What a client may send with each task of {@code courier-violation}. */
    @Bean
    DeclaredTaskFields violationTaskFields() {
        return CourierViolationProcess.TASK_FIELDS;
    }
}
