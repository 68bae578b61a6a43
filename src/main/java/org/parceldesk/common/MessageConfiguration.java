package org.parceldesk.common;

import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles: {@code messages_zh_CN.properties} (default) and {@code messages_en.properties}.
 * A language without a bundle falls back to Chinese, never to the server's own locale.
 * {@code MessageBundlesTest} fails when a key is missing in either bundle.
 */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

    /**
     * The one source of texts; static as well, because a refusal ({@link StepRefused}) is rendered
     * where no bean reaches (engine REST's JAX-RS mappers, an exception's message).
     */
    static final ResourceBundleMessageSource BUNDLES = bundles();

    @Bean
    MessageSource messageSource() {
        return BUNDLES;
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Messages.DEFAULT);
        return source;
    }
}
