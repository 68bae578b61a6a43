package org.parceldesk.security;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.parceldesk.overload.EnginePoolExhaustionMapper;
import org.parceldesk.overload.ServiceUnavailable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Camunda's engine REST resources, plus ParcelDesk's mapping of task refusals to 4xx and of pool timeouts to 503. */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

    @Bean
    CamundaJerseyResourceConfig camundaJerseyResourceConfig(ServiceUnavailable unavailable) {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerAdditionalResources() {
                register(TaskRefusalExceptionMapper.class);
                register(new EnginePoolExhaustionMapper(unavailable));
            }
        };
    }
}
