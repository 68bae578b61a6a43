package org.parceldesk.designer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of Camunda's expression language (JUEL) to find the names an expression relies on:
 * the bodies of {@code ${...}} and {@code #{...}}, with string literals blanked out so that
 * {@code 'a.b('} in a literal is not mistaken for a call.
 */
final class ElExpressions {

    /** The root of a call chain {@code name.a.method(}; a name behind a dot is no root ({@code a.b.c(} yields {@code a}). */
    private static final Pattern METHOD_CALL =
            Pattern.compile("(?<![\\w$.])([A-Za-z_$][\\w$]*)(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)+\\s*\\(");
    private static final Pattern LEADING_IDENTIFIER = Pattern.compile("^\\s*([A-Za-z_$][\\w$]*)\\s*(?:$|[.\\[(])");

    private ElExpressions() {
    }

    static boolean containsExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** The bodies of every {@code ${...}} / {@code #{...}} in the text, string literals replaced by blanks. */
    static List<String> bodies(String text) {
        List<String> bodies = new ArrayList<>();
        if (text == null) {
            return bodies;
        }
        int i = 0;
        while (i < text.length() - 1) {
            char c = text.charAt(i);
            if ((c == '$' || c == '#') && text.charAt(i + 1) == '{') {
                StringBuilder body = new StringBuilder();
                int depth = 1;
                int j = i + 2;
                char quote = 0;
                for (; j < text.length() && depth > 0; j++) {
                    char d = text.charAt(j);
                    if (quote != 0) {
                        if (d == '\\' && j + 1 < text.length()) {
                            body.append("  ");
                            j++;
                        } else if (d == quote) {
                            body.append(d);
                            quote = 0;
                        } else {
                            body.append(' ');
                        }
                    } else if (d == '\'' || d == '"') {
                        quote = d;
                        body.append(d);
                    } else if (d == '{') {
                        depth++;
                        body.append(d);
                    } else if (d == '}') {
                        depth--;
                        if (depth > 0) {
                            body.append(d);
                        }
                    } else {
                        body.append(d);
                    }
                }
                bodies.add(body.toString());
                i = j;
            } else {
                i++;
            }
        }
        return bodies;
    }

    /** Every {@code name} that some {@code name.method(...)} in the text calls a method on. */
    static Set<String> methodCallTargets(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (String body : bodies(text)) {
            Matcher matcher = METHOD_CALL.matcher(body);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /**
     * The name a delegate expression starts with: {@code ${notifyCustomer}} and
     * {@code ${delegates.notify}} both give the first identifier. Empty for anything more involved.
     */
    static Optional<String> leadingIdentifier(String expression) {
        List<String> bodies = bodies(expression);
        if (bodies.size() != 1) {
            return Optional.empty();
        }
        Matcher matcher = LEADING_IDENTIFIER.matcher(bodies.get(0));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
