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
 * counted in segments ({@link SmsProperties#segmentsOf}); one longer than {@code max-segments} is cut
 * with "…".
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
        Matcher placeholder = PLACEHOLDER.matcher(source);
        StringBuilder text = new StringBuilder(properties.signature());
        while (placeholder.find()) {
            String name = placeholder.group(1);
            Object value = "caseNo".equals(name) ? caseNo : model.get(name);
            if (value == null) {
                throw new NotificationTemplateException("SMS template " + template + " needs {" + name + "}, the model lacks it");
            }
            placeholder.appendReplacement(text, Matcher.quoteReplacement(oneLine(value.toString())));
        }
        placeholder.appendTail(text);
        String whole = cut(text.toString());
        if (!whole.contains(caseNo)) {
            throw new NotificationTemplateException("SMS template " + template + " does not show the case number");
        }
        return new Rendered(whole, properties.segmentsOf(whole));
    }

    private Resource resource(String template) {
        return resources.getResource(FOLDER + template + ".txt");
    }

    private String cut(String text) {
        int max = properties.maxLength();
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String oneLine(String value) {
        return value.replaceAll("\\s+", " ").strip();
    }
}
