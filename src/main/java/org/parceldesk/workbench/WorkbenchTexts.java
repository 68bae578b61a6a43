package org.parceldesk.workbench;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.parceldesk.common.Messages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The workbench's words ({@code workbench.*} of the message bundles): Chinese by default, English when the user
 * switched (?lang=en, kept in a cookie) — whatever the browser says, since the team works in
 * Chinese and an English switch is for the odd reader who needs it.
 */
@Component
class WorkbenchTexts {

    static final String COOKIE = "pd-workbench-lang";
    /** The workbench's keys in the message bundles: {@code workbench.<key>}. */
    static final String PREFIX = "workbench.";

    private final Texts chinese;
    private final Texts english;

    WorkbenchTexts(MessageSource messages) {
        this.chinese = new Texts(messages, Messages.DEFAULT);
        this.english = new Texts(messages, Locale.ENGLISH);
    }

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

    /**
     * One language's texts (the bundles' {@code workbench.*} read in the workbench's own language, not the
     * browser's); templates read them as {@code t.get('key')}.
     */
    static final class Texts {

        private final MessageSource messages;
        private final Locale locale;

        Texts(MessageSource messages, Locale locale) {
            this.messages = messages;
            this.locale = locale;
        }

        /** The text of {@code key}, as written in the bundle (no argument, so a quote stays as it is); the key when there is none. */
        public String get(String key) {
            return messages.getMessage(PREFIX + key, null, key, locale);
        }

        public String format(String key, Object... arguments) {
            return messages.getMessage(PREFIX + key, arguments, key, locale);
        }

        /** The workbench's language, for labels read from the bundles outside {@code workbench.*}. */
        Locale locale() {
            return locale;
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
            String words = messages.getMessage(PREFIX + "event." + base, null, null, locale); // null: no words for it
            if (words == null) {
                return kind;
            }
            return space < 0 ? words : words + kind.substring(space);
        }

        public boolean isEnglish() {
            return "en".equals(locale.getLanguage());
        }

        public String getLang() {
            return isEnglish() ? "en" : "zh-CN";
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
            boolean english = isEnglish();
            return english ? message.substring(firstLatin).strip() : message.substring(0, firstLatin).strip();
        }
    }
}
