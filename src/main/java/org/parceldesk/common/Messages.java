package org.parceldesk.common;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * User-facing texts from {@code messages_zh_CN.properties} / {@code messages_en.properties}: in the
 * language the request being served asks for with {@code Accept-Language}, Chinese when it names none
 * (or outside a request: engine jobs). Only the request's own header counts, never the server's
 * locale. docs/api.md, "Languages".
 */
@Component
public class Messages {

    /** The default language of ParcelDesk's users. */
    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    /** The text of {@code key} in the current request's language. */
    public String get(String key, Object... args) {
        return source.getMessage(key, args, locale());
    }

    /** The text of {@code key}, or {@code fallback} when no bundle has the key. */
    public String getOrDefault(String key, String fallback) {
        return source.getMessage(key, null, fallback, locale());
    }

    /** The text of {@code key} in {@code locale}. */
    public String get(Locale locale, String key, Object... args) {
        return source.getMessage(key, args, locale);
    }

    /** The label of a code (status, category, type …) in the current request's language; {@link EnumLabels}. */
    public String label(Enum<?> value) {
        return value == null ? null : source.getMessage(EnumLabels.key(value), null, locale());
    }

    /** The current request's preferred language, or {@link #DEFAULT}. */
    public static Locale locale() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return locale(servlet.getRequest());
        }
        return DEFAULT;
    }

    /**
     * The language {@code request} asks for with {@code Accept-Language} (its first choice), or
     * {@link #DEFAULT} when it names none; a language without a bundle reads Chinese. Also the
     * locale of Spring MVC's views (Thymeleaf's {@code #{…}}): {@link MessageConfiguration#localeResolver()}.
     */
    public static Locale locale(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (accepted != null && !accepted.isBlank()) {
            return request.getLocale();
        }
        return DEFAULT;
    }
}
