package org.parceldesk.common;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * User-facing texts from {@code messages_zh_CN.properties} / {@code messages_en.properties}: English when the
 * request being served prefers English over Chinese in its {@code Accept-Language}, Chinese otherwise (no
 * header, other languages only, or outside a request: engine jobs). Only the request's own header counts,
 * never the server's locale. Pages read the same language (the application's {@code LocaleResolver}).
 * docs/api.md, "Languages".
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
     * The language {@code request} asks for with {@code Accept-Language} ({@link #locale(String)}). Also the
     * locale of Spring MVC's views (Thymeleaf's {@code #{…}}): {@link MessageConfiguration#localeResolver()}.
     */
    public static Locale locale(HttpServletRequest request) {
        return localeOf(request);
    }

    /**
     * The text of {@code key} in {@code locale}, for code no bean reaches (engine plugins, records stored in
     * both languages); the same bundles as {@link #get}.
     */
    public static String text(Locale locale, String key, Object... args) {
        return MessageConfiguration.BUNDLES.getMessage(key, args, locale);
    }

    /**
     * The text of {@code key} in the language of the request being served, Chinese outside a request
     * ({@link #locale()}): for static code no bean reaches (input checks, parsers, engine plugins).
     */
    public static String forReader(String key, Object... args) {
        return text(locale(), key, args);
    }

    /** {@link #text}, or {@code fallback} when no bundle has the key (e.g. {@code problem.title.<status>}). */
    static String textOrDefault(Locale locale, String key, String fallback) {
        return MessageConfiguration.BUNDLES.getMessage(key, null, fallback, locale);
    }

    private static Locale localeOf(HttpServletRequest request) {
        return locale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * English when {@code Accept-Language} prefers English over Chinese (the first of the two in the
     * header's order of preference), Chinese otherwise: no header, a malformed one, or only other
     * languages. The rule of engine REST's refusals too ({@code security.RefusalText}).
     */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage); // sorted by weight, highest first
        } catch (IllegalArgumentException e) {
            return DEFAULT;
        }
        for (Locale.LanguageRange range : ranges) {
            String tag = range.getRange().toLowerCase(Locale.ROOT);
            if (range.getWeight() <= 0) {
                continue;
            }
            if (tag.startsWith("zh")) {
                return DEFAULT;
            }
            if (tag.startsWith("en")) {
                return Locale.ENGLISH;
            }
        }
        return DEFAULT;
    }
}
