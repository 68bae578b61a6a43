package org.parceldesk.designer;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.parceldesk.sla.SlaDefinitions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

@Configuration(proxyBeanMethods = false)
class DesignerConfiguration {

    /**
     * The starter applies every ProcessEnginePlugin bean. Bean names are looked up in the bean
     * factory, which knows every bean definition before the engine deploys, so nothing is created early.
     */
    @Bean
    ProcessEnginePlugin modelChecksPlugin(ListableBeanFactory beanFactory, ResourceLoader resources,
            ModelCheckProperties properties, ObjectProvider<SlaDefinitions> slaDefinitions) {
        return new ModelChecksPlugin(beanFactory::containsBean,
                new AllowedModelBeans(beanFactory, ResourcePatternUtils.getResourcePatternResolver(resources), properties),
                slaName -> slaDefinitions.getIfAvailable() == null
                        || slaDefinitions.getIfAvailable().definitions().containsKey(slaName),
                properties);
    }
}
