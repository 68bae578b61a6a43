package org.parceldesk.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;

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

    /**
     * The language of pages (Thymeleaf's {@code #{…}}, {@code #locale}) is the one {@link Messages} uses:
     * the request's {@code Accept-Language}, Chinese when it names none — never the server's locale,
     * which Spring's default resolver would use for a request without the header.
     */
    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return Messages.locale(request);
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("the language follows Accept-Language");
            }
        };
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
