package org.parceldesk.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CamundaAccessConfiguration {

    /** Members of ParcelDesk's {@code admin} group are Camunda administrators (users, groups, incidents). */
    @Bean
    ProcessEnginePlugin adminGroupPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<String> adminGroups = new ArrayList<>();
                if (configuration.getAdminGroups() != null) {
                    adminGroups.addAll(configuration.getAdminGroups());
                }
                if (!adminGroups.contains(StaffGroup.ADMIN.id())) {
                    adminGroups.add(StaffGroup.ADMIN.id());
                }
                configuration.setAdminGroups(adminGroups);
            }
        };
    }

    /** {@link DestructiveCommandGuard} on both command chains: a command on behalf of a user passes it. */
    @Bean
    ProcessEnginePlugin destructiveCommandGuardPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setCustomPostCommandInterceptorsTxRequired(
                        withGuard(configuration.getCustomPostCommandInterceptorsTxRequired()));
                configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                        withGuard(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
            }
        };
    }

    /** Keeps the private variables of {@link HistoryPrivacyProperties} out of Camunda's history tables. */
    @Bean
    ProcessEnginePlugin privateTextHistoryPlugin(HistoryPrivacyProperties privacy) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void postInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setHistoryEventHandler(
                        new PrivateTextHistoryFilter(configuration.getHistoryEventHandler(), privacy));
            }
        };
    }

    private static List<CommandInterceptor> withGuard(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> all = new ArrayList<>();
        if (interceptors != null) {
            all.addAll(interceptors);
        }
        all.add(new DestructiveCommandGuard());
        return all;
    }
}
