package org.parceldesk.overload;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class OverloadConfiguration {

    /** Before Spring Security (order -100): authentication needs a database connection too. */
    static final int ADMISSION_ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    @Bean
    FilterRegistrationBean<AdmissionFilter> admissionFilter(OverloadProperties properties, ServiceUnavailable unavailable,
            DatabaseHealth database) {
        FilterRegistrationBean<AdmissionFilter> registration =
                new FilterRegistrationBean<>(new AdmissionFilter(properties, unavailable, database::unreachable));
        registration.setOrder(ADMISSION_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
