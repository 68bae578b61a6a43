package org.parceldesk.workbench;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The workbench's words: Chinese by default (workbench/texts.properties), English when the user
 * switched (?lang=en, kept in a cookie) — whatever the browser says, since the team works in
 * Chinese and an English switch is for the odd reader who needs it.
 */
@Component
class WorkbenchTexts {

    static final String COOKIE = "pd-workbench-lang";

    private final Texts chinese = new Texts(load("workbench/texts.properties"), false);
    private final Texts english = new Texts(load("workbench/texts_en.properties"), true);

    /** The texts for this request; a {@code lang} parameter switches and is remembered. */
    Texts of(HttpServletRequest request, HttpServletResponse response) {
        String asked = request.getParameter("lang");
        if (asked != null && (asked.equals("en") || asked.equals("zh"))) {
            Cookie cookie = new Cookie(COOKIE, asked);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(365 * 24 * 3600);
            response.addCookie(cookie);
            return asked.equals("en") ? english : chinese;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return english;
                }
            }
        }
        return chinese;
    }

    Texts chinese() {
        return chinese;
    }

    /** One language's texts; templates read them as {@code t.get('key')}. */
    static final class Texts {

        private final Map<String, String> texts;
        private final boolean english;

        Texts(Map<String, String> texts, boolean english) {
            this.texts = texts;
            this.english = english;
        }

        public String get(String key) {
            return texts.getOrDefault(key, key);
        }

        public String format(String key, Object... arguments) {
            return new MessageFormat(get(key)).format(arguments);
        }

        /**
         * A timeline entry's kind in words: {@code CONTACTED} → 已联系客户; a kind with a suffix keeps it
         * ({@code APPROVAL FIRST} → 审批 FIRST, {@code DISPUTED #2} → 客户异议 #2); an unknown kind shows as it is.
         */
        public String event(String kind) {
            if (kind == null) {
                return "";
            }
            int space = kind.indexOf(' ');
            String base = space < 0 ? kind : kind.substring(0, space);
            String words = texts.get("event." + base); // the map: null when there are no words for it
            if (words == null) {
                return kind;
            }
            return space < 0 ? words : words + kind.substring(space);
        }

        public boolean isEnglish() {
            return english;
        }

        public String getLang() {
            return english ? "en" : "zh-CN";
        }

        /** ParcelDesk's refusals read "中文 English": the half in this language. */
        String pick(String message) {
            if (message == null) {
                return get("bulk.notAllowed");
            }
            int firstLatin = -1;
            for (int i = 0; i < message.length(); i++) {
                char c = message.charAt(i);
                if (c >= 'A' && c <= 'Z' && i > 0 && message.charAt(i - 1) == ' '
                        && message.substring(0, i).codePoints().anyMatch(cp -> cp > 0x2E80)) {
                    firstLatin = i;
                    break;
                }
            }
            if (firstLatin < 0) {
                return message;
            }
            return english ? message.substring(firstLatin).strip() : message.substring(0, firstLatin).strip();
        }
    }

    private static Map<String, String> load(String path) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        Map<String, String> texts = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return Collections.unmodifiableMap(texts);
    }
}
