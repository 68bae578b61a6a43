package org.parceldesk.security;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Camunda's engine REST resources, plus ParcelDesk's mapping of task refusals to 4xx answers. */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

    @Bean
    CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerAdditionalResources() {
                register(TaskRefusalExceptionMapper.class);
                register(TaskRefusalExceptionMapper.EngineFailures.class);
                register(TaskRefusalExceptionMapper.UnreadableJson.class);
                register(TaskRefusalExceptionMapper.Unexpected.class);
            }
        };
    }
}
