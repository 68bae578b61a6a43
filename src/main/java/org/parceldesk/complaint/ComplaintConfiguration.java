package org.parceldesk.complaint;

import org.parceldesk.workflow.DeclaredTaskFields;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ComplaintConfiguration {

    /** What a client may send with each task of {@code complaint}. */
    @Bean
    DeclaredTaskFields complaintTaskFields() {
        return ComplaintProcess.TASK_FIELDS;
    }
}
