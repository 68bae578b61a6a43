package org.parceldesk.notification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parceldesk.common.Messages;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders {@code templates/mail/{template}.html} (zh-CN) or {@code {template}_en.html} with the
 * application's Thymeleaf engine. English recipients get the {@code _en} file when there is one;
 * everybody falls back to the other language when their own file is missing. The {@code <title>}
 * becomes the subject (its text from the bundles' {@code mail.subject.<template>}, in the file's language),
 * and a message that does not show its case number is refused.
 */
class MailRenderer {

    static final String FOLDER = "mail/";
    static final String ENGLISH_SUFFIX = "_en";
    private static final Pattern TITLE = Pattern.compile("<title\\b[^>]*>(.*?)</title\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final ITemplateEngine engine;
    private final ResourceLoader resources;
    private final String prefix;
    private final String suffix;

    /**
     * @param prefix where the engine's resolver finds templates (Spring Boot: {@code classpath:/templates/})
     * @param suffix the resolver's suffix ({@code .html})
     */
    MailRenderer(ITemplateEngine engine, ResourceLoader resources, String prefix, String suffix) {
        this.engine = engine;
        this.resources = resources;
        this.prefix = prefix;
        this.suffix = suffix;
    }

    RenderedMail render(String template, String caseNo, String localeTag, Map<String, Object> model)
            throws NotificationTemplateException {
        Locale locale = Locale.forLanguageTag(localeTag);
        String name = chooseTemplate(template, locale);
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("caseNo", caseNo);
        String html;
        try {
            // the subject (#{mail.subject.*}) in the language of the file chosen, so subject and body agree
            Locale language = name.endsWith(ENGLISH_SUFFIX) ? Locale.ENGLISH : Messages.DEFAULT;
            html = engine.process(name, new Context(language, variables));
        } catch (RuntimeException e) {
            throw new NotificationTemplateException("Template " + name + " failed: " + rootMessage(e), e);
        }
        String subject = subject(html);
        if (subject.isEmpty()) {
            throw new NotificationTemplateException("Template " + name + " has no <title> (the subject)");
        }
        String text = HtmlText.toPlainText(html);
        if (!subject.contains(caseNo) && !text.contains(caseNo)) {
            throw new NotificationTemplateException("Template " + name + " does not show the case number");
        }
        return new RenderedMail(name, subject, html, text);
    }

    private String chooseTemplate(String template, Locale locale) throws NotificationTemplateException {
        if (!OutboxNotifications.TEMPLATE_NAME.matcher(template).matches()) {
            throw new NotificationTemplateException("Invalid template name " + template);
        }
        String chinese = FOLDER + template;
        String english = FOLDER + template + ENGLISH_SUFFIX;
        boolean wantsEnglish = "en".equals(locale.getLanguage());
        String first = wantsEnglish ? english : chinese;
        String second = wantsEnglish ? chinese : english;
        if (exists(first)) {
            return first;
        }
        if (exists(second)) {
            return second;
        }
        throw new NotificationTemplateException("Template not found: " + chinese + suffix + " nor " + english + suffix);
    }

    private boolean exists(String name) {
        return resources.getResource(prefix + name + suffix).exists();
    }

    private static String subject(String html) {
        Matcher title = TITLE.matcher(html);
        if (!title.find()) {
            return "";
        }
        String text = HtmlUtils.htmlUnescape(title.group(1).replaceAll("<[^>]*>", ""));
        return text.replaceAll("\\s+", " ").trim();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = e.getMessage();
        if (cause != e && cause.getMessage() != null && (message == null || !message.contains(cause.getMessage()))) {
            message = (message == null ? "" : message + ": ") + cause.getMessage();
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
