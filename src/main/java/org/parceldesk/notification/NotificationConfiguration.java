package org.parceldesk.notification;

import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.thymeleaf.ITemplateEngine;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {

    /** Mail templates live where the application's Thymeleaf engine looks ({@code spring.thymeleaf.prefix}). */
    @Bean
    MailRenderer mailRenderer(ITemplateEngine templateEngine, ResourceLoader resources, ThymeleafProperties thymeleaf) {
        return new MailRenderer(templateEngine, resources, thymeleaf.getPrefix(), thymeleaf.getSuffix());
    }
}
