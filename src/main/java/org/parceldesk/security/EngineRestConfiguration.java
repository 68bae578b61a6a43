package org.parceldesk.security;

import jakarta.servlet.ServletRegistration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.parceldesk.overload.EnginePoolExhaustionMapper;
import org.parceldesk.overload.ServiceUnavailable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Camunda's engine API is served twice: {@code /engine-rest} (the REST starter, for the Modeler and
 * scripts) and {@code /camunda/api/engine} (the webapp's own JAX-RS application, which Tasklist
 * calls). Both get ParcelDesk's refusal mappers, so that a refusal reads the same on both;
 * {@code /engine-rest} also answers a pool timeout with 503 and {@code Retry-After}.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

    static final List<Class<?>> REFUSAL_MAPPERS =
            List.of(TaskRefusalExceptionMapper.class, EngineRefusalExceptionMapper.class, AnyRefusalExceptionMapper.class,
                    UnreadableJsonExceptionMapper.class);

    /** Servlet name the webapp starter uses; it registers its own servlet only when none has this name. */
    static final String WEBAPP_ENGINE_API = "Engine Api";

    @Bean
    CamundaJerseyResourceConfig camundaJerseyResourceConfig(ServiceUnavailable unavailable) {
        EngineRestProblems.retryAfterSeconds(unavailable.retryAfterSeconds());
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerAdditionalResources() {
                REFUSAL_MAPPERS.forEach(this::register);
                register(new EnginePoolExhaustionMapper(unavailable));
            }
        };
    }

    /**
     * The webapp's {@code EngineRestApplication} has no hook for extra providers, but
     * {@code CamundaBpmWebappInitializer.registerServlet} leaves an existing registration of the same
     * name alone: register that servlet first, with the same application plus the refusal mappers.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ServletContextInitializer webappEngineApiWithRefusals(CamundaBpmProperties camunda) {
        return servletContext -> {
            if (servletContext.getServletRegistration(WEBAPP_ENGINE_API) != null) {
                return;
            }
            ServletRegistration.Dynamic servlet = servletContext.addServlet(WEBAPP_ENGINE_API, ServletContainer.class);
            servlet.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
            servlet.setInitParameter("jakarta.ws.rs.Application", WebappEngineApiApplication.class.getName());
        };
    }

    /** The webapp's engine API application, plus ParcelDesk's refusal mappers. */
    public static class WebappEngineApiApplication extends EngineRestApplication {

        @Override
        public Set<Class<?>> getClasses() {
            return Stream.concat(super.getClasses().stream(), REFUSAL_MAPPERS.stream()).collect(Collectors.toSet());
        }
    }
}
