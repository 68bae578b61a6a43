package org.parceldesk.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
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
}
