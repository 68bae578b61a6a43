package org.parceldesk.tasklist;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.parceldesk.common.CaseTimeline;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tasklist as a client of its own: the identity-link guard inside the engine, and per-task history
 * permissions so that the people who work a task can read its history and comments (docs/security.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TaskAccessProperties.class, TasklistFilterProperties.class})
class TaskAccessConfiguration {

    @Bean
    ProcessEnginePlugin taskAccessPlugin(TaskAccessProperties properties, ObjectProvider<CaseTimeline> timelines) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                // The engine then grants READ on HISTORIC_TASK to each task's candidates, assignee and
                // owner, as it grants the task itself: history per task, not per process key.
                configuration.setEnableHistoricInstancePermissions(true);
                // one guard per chain: an interceptor holds its successor
                configuration.setCustomPostCommandInterceptorsTxRequired(with(
                        configuration.getCustomPostCommandInterceptorsTxRequired(), guard(properties, timelines)));
                configuration.setCustomPostCommandInterceptorsTxRequiresNew(with(
                        configuration.getCustomPostCommandInterceptorsTxRequiresNew(), guard(properties, timelines)));
            }
        };
    }

    private static TaskAccessGuard guard(TaskAccessProperties properties, ObjectProvider<CaseTimeline> timelines) {
        return new TaskAccessGuard(properties, () -> timelines.orderedStream().toList());
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> interceptors, CommandInterceptor guard) {
        List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
        all.add(guard);
        return all;
    }
}
