package org.parceldesk.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Renders an SMS from {@code templates/sms/{template}.txt}: plain Chinese text with {@code {name}}
 * placeholders filled from the notification's model, after the configured signature (签名). A text
 * that does not show its case number, or names a value the model lacks, is refused. Texts are
 * counted in segments ({@link SmsProperties#segmentsOf}); one longer than {@code max-segments} has
 * its longest free-text value cut with "…" (never a link or the case number).
 */
@Component
class SmsText {

    /** SMS go to mainland mobiles: Chinese only. */
    static final String LOCALE = "zh-CN";
    static final String FOLDER = "classpath:/templates/sms/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private final ResourceLoader resources;
    private final SmsProperties properties;
    private final ObjectMapper json;

    SmsText(ResourceLoader resources, SmsProperties properties, ObjectMapper json) {
        this.resources = resources;
        this.properties = properties;
        this.json = json;
    }

    /** A rendered text and the segments it is billed as. */
    record Rendered(String text, int segments) {
    }

    /** The number as 11 digits if it is a mainland mobile number (+86 and separators allowed). */
    static Optional<String> mobile(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String digits = phone.strip().replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /** Whether an SMS template exists for this notification template. */
    boolean exists(String template) {
        return OutboxNotifications.TEMPLATE_NAME.matcher(template).matches() && resource(template).exists();
    }

    Rendered render(OutboxMessage row) throws NotificationTemplateException {
        Map<String, Object> model;
        try {
            model = json.readValue(row.getModel(), new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new NotificationTemplateException("Stored model is not a JSON object: " + e.getOriginalMessage(), e);
        }
        return render(row.getTemplate(), row.getCaseNo(), model == null ? Map.of() : model);
    }

    Rendered render(String template, String caseNo, Map<String, Object> model) throws NotificationTemplateException {
        if (!OutboxNotifications.TEMPLATE_NAME.matcher(template).matches()) {
            throw new NotificationTemplateException("Invalid template name " + template);
        }
        Resource file = resource(template);
        if (!file.exists()) {
            throw new NotificationTemplateException("SMS template not found: templates/sms/" + template + ".txt");
        }
        String source;
        try (InputStream in = file.getInputStream()) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new NotificationTemplateException("SMS template unreadable: " + template, e);
        }
        Map<String, String> values = new java.util.HashMap<>();
        Matcher names = PLACEHOLDER.matcher(source);
        while (names.find()) {
            String name = names.group(1);
            Object value = "caseNo".equals(name) ? caseNo : model.get(name);
            if (value == null) {
                throw new NotificationTemplateException("SMS template " + template + " needs {" + name + "}, the model lacks it");
            }
            values.put(name, oneLine(value.toString()));
        }
        String whole = fill(source, values);
        int overflow = whole.length() - properties.maxLength();
        if (overflow > 0) {
            whole = fill(source, shortened(values, overflow));
        }
        if (!whole.contains(caseNo)) {
            throw new NotificationTemplateException("SMS template " + template + " does not show the case number");
        }
        return new Rendered(whole, properties.segmentsOf(whole));
    }

    private String fill(String source, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(source);
        StringBuilder text = new StringBuilder(properties.signature());
        while (placeholder.find()) {
            placeholder.appendReplacement(text, Matcher.quoteReplacement(values.get(placeholder.group(1))));
        }
        placeholder.appendTail(text);
        return text.toString();
    }

    /**
     * Makes a too long text fit {@code max-segments} by cutting the longest free-text value (with
     * "…"); case numbers, dates and links are never cut — a broken link is worse than one more
     * segment, so a text without a value long enough to absorb the overflow goes out whole.
     */
    private static Map<String, String> shortened(Map<String, String> values, int overflow) {
        Map.Entry<String, String> longest = values.entrySet().stream()
                .filter(e -> !"caseNo".equals(e.getKey()) && !e.getValue().startsWith("http"))
                .max(java.util.Comparator.comparingInt(e -> e.getValue().length())).orElse(null);
        if (longest == null || longest.getValue().length() <= overflow + 1) {
            return values;
        }
        Map<String, String> cut = new java.util.HashMap<>(values);
        String value = longest.getValue();
        cut.put(longest.getKey(), value.substring(0, value.length() - overflow - 1) + "…");
        return cut;
    }

    private Resource resource(String template) {
        return resources.getResource(FOLDER + template + ".txt");
    }

    private static String oneLine(String value) {
        return value.replaceAll("\\s+", " ").strip();
    }
}
