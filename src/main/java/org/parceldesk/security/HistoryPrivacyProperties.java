package org.parceldesk.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code parceldesk.history}: variables whose values Camunda's history never keeps (docs/security.md,
 * "History and free text"). They are the free-text fields of the forms and the facts a task shows;
 * the case tables keep what the case needs, under ParcelDesk's own access rules.
 *
 * @param privateVariables variable names kept out of history (no historic variable, no historic detail)
 * @param privatePrefixes  name prefixes kept out of history ({@code fact} — the form facts of every task)
 */
@ConfigurationProperties("parceldesk.history")
record HistoryPrivacyProperties(
        List<String> privateVariables,
        @DefaultValue("fact") List<String> privatePrefixes) {

    public HistoryPrivacyProperties {
        privateVariables = privateVariables == null ? List.of() : List.copyOf(privateVariables);
        privatePrefixes = privatePrefixes == null ? List.of() : List.copyOf(privatePrefixes);
    }

    public boolean isPrivate(String variableName) {
        return variableName != null && (privateVariables.contains(variableName)
                || privatePrefixes.stream().anyMatch(prefix -> !prefix.isEmpty() && variableName.startsWith(prefix)));
    }
}
