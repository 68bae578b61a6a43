package org.parceldesk.security;

import java.util.List;
import java.util.Locale;

/**
 * ParcelDesk's refusal messages are written "中文 English": the Chinese sentence first, then the
 * English one (e.g. {@code 须填写裁定理由 a decision needs a reason}), or with an explicit separator
 * ({@code 中文 / English}). This picks the language the
 * reader asked for with {@code Accept-Language}: English only when English is preferred over
 * Chinese, Chinese otherwise (the staff's language is the default). A message with no Chinese part
 * is shown as it is in both languages.
 */
final class RefusalText {

    private RefusalText() {
    }

    static String pick(String message, List<Locale.LanguageRange> accepted) {
        if (message == null) {
            return "";
        }
        String oneLine = message.replaceAll("\\s+", " ").strip();
        boolean english = prefersEnglish(accepted);
        String separated = bySeparator(oneLine, english);
        if (separated != null) {
            return separated;
        }
        // several problems at once are joined with "; ", each one bilingual
        List<String> parts = java.util.Arrays.stream(oneLine.split("; ")).map(part -> pickOne(part, english)).toList();
        return String.join(english ? "; " : "；", parts);
    }

    private static String pickOne(String text, boolean english) {
        String separated = bySeparator(text, english);
        if (separated != null) {
            return separated;
        }
        int split = englishStart(text);
        if (split <= 0) {
            return text.strip();
        }
        return english ? text.substring(split).strip() : text.substring(0, split).strip();
    }

    static boolean prefersEnglish(List<Locale.LanguageRange> accepted) {
        for (Locale.LanguageRange range : accepted) {
            String tag = range.getRange().toLowerCase(Locale.ROOT);
            if (range.getWeight() <= 0) {
                continue;
            }
            if (tag.startsWith("zh")) {
                return false;
            }
            if (tag.startsWith("en")) {
                return true;
            }
        }
        return false;
    }

    static List<Locale.LanguageRange> parse(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /**
     * Where the English sentence begins: the first word after the last Chinese character that is an
     * English word (has a lower-case letter). Codes and values in the Chinese sentence (case numbers
     * such as TS20261126000123, states such as OPEN) stay with it. -1 when there is no Chinese part
     * or nothing after it.
     */
    static int englishStart(String text) {
        int lastChinese = -1;
        for (int i = 0; i < text.length(); i++) {
            if (isChinese(text.charAt(i))) {
                lastChinese = i;
            }
        }
        if (lastChinese < 0) {
            return -1;
        }
        int i = lastChinese + 1;
        while (i < text.length()) {
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int end = text.indexOf(' ', i);
            String word = text.substring(i, end < 0 ? text.length() : end);
            if (isEnglishWord(word)) {
                return i;
            }
            if (end < 0) {
                return -1;
            }
            i = end;
        }
        return -1;
    }

    /** "中文 / English": an explicit separator wins over guessing where the English begins. */
    private static String bySeparator(String text, boolean english) {
        int slash = text.lastIndexOf(" / ");
        if (slash > 0 && hasChinese(text.substring(0, slash)) && !hasChinese(text.substring(slash + 3))) {
            return (english ? text.substring(slash + 3) : text.substring(0, slash)).strip();
        }
        return null;
    }

    private static boolean hasChinese(String text) {
        return text.chars().anyMatch(c -> isChinese((char) c));
    }

    private static boolean isEnglishWord(String word) {
        if (word.equals("A") || word.equals("I")) {
            return true;
        }
        return !word.isEmpty() && Character.isLetter(word.charAt(0)) && word.chars().anyMatch(Character::isLowerCase);
    }

    private static boolean isChinese(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
