package org.parceldesk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The throttles run before Spring Security, so that a throttled address never reaches a password check. */
@Configuration(proxyBeanMethods = false)
class AbuseConfiguration {

    @Bean
    FilterRegistrationBean<ThrottleFilters.Login> loginThrottle(AbuseProperties properties, Clock clock, ObjectMapper json) {
        FilterRegistrationBean<ThrottleFilters.Login> registration =
                new FilterRegistrationBean<>(new ThrottleFilters.Login(properties, clock, json));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ThrottleFilters.Portal> portalThrottle(AbuseProperties properties, Clock clock, ObjectMapper json) {
        FilterRegistrationBean<ThrottleFilters.Portal> registration =
                new FilterRegistrationBean<>(new ThrottleFilters.Portal(properties, clock, json));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }
}
