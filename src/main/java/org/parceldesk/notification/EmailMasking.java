package org.parceldesk.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code zhang@example.com} → {@code z***@example.com}: addresses shown to people who do not need them. */
final class EmailMasking {

    private static final Pattern ADDRESS = Pattern.compile("([A-Za-z0-9._%+\\-]+)@([A-Za-z0-9.\\-]+\\.[A-Za-z]{2,})");

    private EmailMasking() {
    }

    static String mask(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }

    /** Masks every address inside a text, e.g. an SMTP error that names the rejected recipient. */
    static String maskAll(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = ADDRESS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(mask(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
