package org.parceldesk.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMS gateway named by {@code parceldesk.notification.sms.gateway}; an application may provide its own bean. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SmsGateway smsGateway(SmsProperties properties, ObjectMapper json) {
        if (properties.gateway() == SmsProperties.Gateway.HTTP) {
            return new HttpSmsGateway(properties.url(), properties.apiKey(), properties.connectTimeout(),
                    properties.readTimeout(), json);
        }
        return new LoggingSmsGateway();
    }
}
