package org.parceldesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The form context variables ({@code {{fact…}}}) a shipped form shows. */
public final class FormPlaceholders {

    private static final Pattern FACT = Pattern.compile("\\{\\{\\s*(fact[A-Za-z0-9]+)\\s*}}");

    private FormPlaceholders() {
    }

    public static Set<String> of(String formId) {
        try {
            Matcher matcher = FACT.matcher(Files.readString(Path.of("forms", formId + ".form")));
            Set<String> names = new TreeSet<>();
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
