package org.parceldesk.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link TaskInputGuard} into the engine and marks the requests of engine clients. */
@Configuration(proxyBeanMethods = false)
class WorkflowConfiguration {

    @Bean
    ProcessEnginePlugin taskInputGuardPlugin(List<DeclaredTaskFields> declarations) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                // one instance per chain: an interceptor holds its successor in the chain
                configuration.setCustomPostCommandInterceptorsTxRequired(withGuard(
                        configuration.getCustomPostCommandInterceptorsTxRequired(), new TaskInputGuard(declarations)));
                configuration.setCustomPostCommandInterceptorsTxRequiresNew(withGuard(
                        configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new TaskInputGuard(declarations)));
            }
        };
    }

    private static List<CommandInterceptor> withGuard(List<CommandInterceptor> existing, TaskInputGuard guard) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (existing != null) {
            interceptors.addAll(existing);
        }
        interceptors.add(guard);
        return interceptors;
    }

    @Bean
    FilterRegistrationBean<EngineClientCalls> engineClientCalls() {
        FilterRegistrationBean<EngineClientCalls> registration = new FilterRegistrationBean<>(new EngineClientCalls());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
